import "server-only";
import { db } from "@/lib/db/client";
import type { QuestionnaireView } from "@/lib/surveys/structure";

const questionSelect = {
  id: true, key: true, type: true, prompt: true, help: true, required: true, aspectCode: true, profileField: true,
  numberUnit: true, minValue: true, maxValue: true,
  options: { orderBy: { order: "asc" }, select: { value: true, label: true } },
} as const;

/** A questionnaire version with its sections and questions in order, or null. */
export async function loadQuestionnaireView(versionId: string): Promise<QuestionnaireView | null> {
  const version = await db.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true, title: true, intro: true, status: true,
      questionnaire: { select: { campaignId: true, language: true } },
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, title: true, questions: { orderBy: { order: "asc" }, select: questionSelect } },
      },
    },
  });
  if (!version) return null;
  return {
    versionId: version.id,
    campaignId: version.questionnaire.campaignId,
    title: version.title,
    intro: version.intro,
    language: version.questionnaire.language,
    status: version.status,
    sections: version.sections,
  };
}

/** The version officers answer in a campaign: the newest published one. */
export async function publishedVersionId(campaignId: string): Promise<string | null> {
  const version = await db.questionnaireVersion.findFirst({
    where: { status: "PUBLISHED", questionnaire: { campaignId } },
    orderBy: [{ publishedOn: "desc" }, { version: "desc" }],
    select: { id: true },
  });
  return version?.id ?? null;
}
