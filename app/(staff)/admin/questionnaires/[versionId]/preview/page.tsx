import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SurveyPreviewFrame } from "@/components/survey/PreviewFrame";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { previewDocument } from "@/lib/surveys/pages";
import { loadQuestionnaireView, previewContext } from "@/lib/surveys/queries";

// A questionnaire version (draft or published) exactly as an officer sees it: the officers' own
// page, rendered by the same functions, in a phone-sized frame and in preview mode (no code check,
// no draft kept, nothing sent). The frame's document comes inline (srcdoc), so no route needs to
// be frameable.
export default async function QuestionnairePreviewPage({ params }: { params: Promise<{ versionId: string }> }) {
  await requirePageUser("questionnaire:manage");
  const { versionId } = await params;
  // The preview shows the admin's interface language, as an officer with that language sees it.
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const [view, context] = await Promise.all([loadQuestionnaireView(versionId, locale), previewContext(versionId)]);
  if (!view || !context) notFound();
  const t = await getTranslations("survey.preview");
  const { campaign } = context.questionnaire;
  return (
    <>
      <PageHeader title={t("pageTitle", { title: view.title })} intro={t("pageIntro", { version: context.version, status: context.status })} />
      <div className="mx-auto w-full max-w-[420px] overflow-hidden rounded-[2rem] border-8 border-slate-800 bg-slate-50 shadow-xl">
        <SurveyPreviewFrame title={t("pageTitle", { title: view.title })} document={previewDocument({ view, campaign, locale })} />
      </div>
    </>
  );
}
