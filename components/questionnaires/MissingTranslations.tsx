"use client";
import { useTranslations } from "next-intl";
import type { MissingTranslation } from "@/lib/questionnaires/languages";

/** "Question hours_week: the Chinese text is missing", one line per untranslated text. */
export function MissingList({ missing, limit }: { missing: MissingTranslation[]; limit?: number }) {
  const t = useTranslations("questionnaires.languages");
  const shown = limit ? missing.slice(0, limit) : missing;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm" data-testid="missing-list">
      {shown.map((m, index) => (
        <li key={index} data-testid="missing-item">
          {t(`item.${m.kind}`, { key: m.key ?? "", option: m.option ?? "", section: m.section ?? 0 })}: {t("lacks", { lang: t(m.lang) })}
        </li>
      ))}
      {shown.length < missing.length ? <li>{t("more", { count: missing.length - shown.length })}</li> : null}
    </ul>
  );
}

/** The builder's summary of texts written in one language only, or a note that all are in both. */
export function MissingTranslations({ missing }: { missing: MissingTranslation[] }) {
  const t = useTranslations("questionnaires.languages");
  if (missing.length === 0) {
    return <p className="text-sm text-green-800" data-testid="translations-complete">{t("complete")}</p>;
  }
  return (
    <div className="space-y-2" data-testid="missing-translations">
      <p className="text-sm font-medium text-amber-950">{t("summary", { count: missing.length })}</p>
      <MissingList missing={missing} />
    </div>
  );
}
