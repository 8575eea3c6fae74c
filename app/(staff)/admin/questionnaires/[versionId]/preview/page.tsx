import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SurveyApp } from "@/components/survey/SurveyApp";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { SURVEY_MESSAGES } from "@/lib/surveys/messages";
import { loadQuestionnaireView, previewContext } from "@/lib/surveys/queries";

// A questionnaire version (draft or published) exactly as an officer sees it: the survey's own
// component in a phone-sized frame, in preview mode (no code check, no draft kept, nothing sent).
export default async function QuestionnairePreviewPage({ params }: { params: Promise<{ versionId: string }> }) {
  await requirePageUser("questionnaire:manage");
  const { versionId } = await params;
  const [view, context] = await Promise.all([loadQuestionnaireView(versionId), previewContext(versionId)]);
  if (!view || !context) notFound();
  const t = await getTranslations("survey.preview");
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const { campaign } = context.questionnaire;
  return (
    <>
      <PageHeader title={t("pageTitle", { title: view.title })} intro={t("pageIntro", { version: context.version, status: context.status })} />
      <div className="mx-auto w-full max-w-[420px] rounded-[2rem] border-8 border-slate-800 bg-slate-50 px-3 py-4 shadow-xl" data-testid="survey-preview">
        <SurveyApp mode="preview" campaign={{ slug: campaign.slug, name: campaign.name, nameZh: campaign.nameZh, kioskOpen: false }} view={view} initialLocale={locale} messages={SURVEY_MESSAGES} />
      </div>
    </>
  );
}
