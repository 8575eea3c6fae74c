import { useTranslations } from "next-intl";
import { TableDetails } from "@/components/dashboards/TableDetails";

// A dashboard panel: title, a line on how to read it, the chart, and the same figures as a table
// (for screen readers, keyboards, copying, and anyone who prefers numbers).

export function ChartCard({
  title,
  intro,
  children,
  table,
  testId,
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
  table?: React.ReactNode;
  testId?: string;
}) {
  const t = useTranslations("dashboards");
  const exports = useTranslations("exports");
  return (
    <section
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={testId}
      aria-label={title}
    >
      <h3 className="text-base font-semibold text-brand-900">{title}</h3>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-3">{children}</div>
      {table ? (
        <TableDetails summary={t("showTable")} csvLabel={exports("downloadCsv")}>
          {table}
        </TableDetails>
      ) : null}
    </section>
  );
}

export function SectionHeading({ children }: { children: React.ReactNode }) {
  return <h2 className="mt-8 mb-3 text-lg font-semibold text-brand-900">{children}</h2>;
}

/** A refused view: what was asked for cannot be shown, and why, in words a head can act on. */
export function Refusal({ reason }: { reason: string }) {
  const t = useTranslations("dashboards.refused");
  return (
    <div
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
      data-testid="dashboard-refused"
    >
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1 text-sm">{t(reason as "small")}</p>
    </div>
  );
}
