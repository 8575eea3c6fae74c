"use client";
import { useMemo } from "react";
import { useHydrated, useSurveyLanguage } from "@/components/survey/hooks";
import { LanguageToggle } from "@/components/survey/LanguageToggle";
import { StartStep } from "@/components/survey/StartStep";
import { SurveyRunner, type SurveyCampaignProps } from "@/components/survey/SurveyRunner";
import { makeTranslate, type Dict, type SurveyLocale } from "@/components/survey/translate";
import type { QuestionnaireView } from "@/lib/surveys/structure";

type Props = {
  mode: "live" | "preview";
  campaign: { slug: string; name: string; nameZh: string; kioskOpen: boolean };
  view: QuestionnaireView;
  initialLocale: SurveyLocale;
  messages: Record<SurveyLocale, Dict>;
};

/**
 * The officer's questionnaire, used by the survey route and the admins' preview alike. The server
 * renders the first page; drafts are read from the tab only once hydrated, so the server's HTML
 * never depends on them.
 */
export function SurveyApp({ mode, campaign, view, initialLocale, messages }: Props) {
  const hydrated = useHydrated();
  const [locale, setLocale] = useSurveyLanguage(initialLocale);
  const t = useMemo(() => makeTranslate(messages[locale]), [messages, locale]);
  const props: SurveyCampaignProps = { slug: campaign.slug, title: locale === "zh" ? campaign.nameZh : campaign.name, kioskOpen: campaign.kioskOpen };
  return (
    <div lang={locale === "zh" ? "zh-CN" : "en"} data-testid="survey" data-locale={locale}>
      <header className="mb-4 flex items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <div className="leading-tight">
          <div className="text-xs text-slate-500">{t("department")}</div>
          <div className="font-semibold text-brand-900">{t("title")}</div>
        </div>
        <LanguageToggle locale={locale} onChange={setLocale} label={t("language")} />
      </header>
      {mode === "preview" ? <p className="mb-4 rounded-lg bg-amber-100 px-3 py-2 text-sm text-amber-900" data-testid="preview-banner">{t("preview.banner")}</p> : null}
      {hydrated ? (
        <SurveyRunner mode={mode} campaign={props} view={view} t={t} />
      ) : (
        <StartStep t={t} title={props.title} intro={view.intro} kiosk={campaign.kioskOpen && mode === "live"} initialCode="" busy={false} error={null} onStart={() => {}} />
      )}
    </div>
  );
}
