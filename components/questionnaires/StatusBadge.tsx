import { useTranslations } from "next-intl";

const COLOURS = {
  DRAFT: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  RETIRED: "bg-slate-200 text-slate-700",
} as const;

/** A version's status in words, never by colour alone. */
export function StatusBadge({ status }: { status: keyof typeof COLOURS }) {
  const t = useTranslations("questionnaires.status");
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${COLOURS[status]}`} data-testid="status-badge">
      {t(status)}
    </span>
  );
}
