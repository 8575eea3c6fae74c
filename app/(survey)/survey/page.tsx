import type { Metadata } from "next";
import { SurveyClosed } from "@/components/survey/SurveyClosed";
import { makeTranslate } from "@/components/survey/translate";
import { openSurveyCampaigns } from "@/lib/surveys/queries";
import { SURVEY_MESSAGES, surveyLocale } from "@/lib/surveys/messages";

export const metadata: Metadata = { title: "问卷 · Questionnaire" };

// /survey: the open questionnaires, for an officer who typed the short address.
export default async function SurveyIndexPage() {
  const locale = await surveyLocale();
  const campaigns = await openSurveyCampaigns();
  if (campaigns.length === 0) return <SurveyClosed t={SURVEY_MESSAGES[locale]} />;
  const t = makeTranslate(SURVEY_MESSAGES[locale]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-brand-900">{t("closed.list")}</h1>
      <ul className="space-y-3">
        {campaigns.map((c) => (
          <li key={c.slug}>
            <a href={`/survey/${c.slug}`} className="block rounded-xl border border-slate-200 bg-white p-4 font-medium text-brand-700 shadow-sm">
              {locale === "zh" ? c.nameZh : c.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
