import type { Metadata } from "next";
import { SurveyApp } from "@/components/survey/SurveyApp";
import { SurveyClosed } from "@/components/survey/SurveyClosed";
import { cachedQuestionnaireView, openSurveyCampaign } from "@/lib/surveys/queries";
import { SURVEY_MESSAGES, surveyLocale } from "@/lib/surveys/messages";

export const metadata: Metadata = { title: "问卷 · Questionnaire" };

export default async function SurveyPage({ params }: { params: Promise<{ campaign: string }> }) {
  const { campaign: slug } = await params;
  const locale = await surveyLocale();
  const campaign = await openSurveyCampaign(slug);
  const view = campaign?.versionId ? await cachedQuestionnaireView(campaign.versionId) : null;
  if (!campaign || !view) return <SurveyClosed t={SURVEY_MESSAGES[locale]} />;
  return (
    <SurveyApp
      mode="live"
      campaign={{ slug: campaign.slug, name: campaign.name, nameZh: campaign.nameZh, kioskOpen: campaign.kioskOpen }}
      view={view}
      initialLocale={locale}
      messages={SURVEY_MESSAGES}
    />
  );
}
