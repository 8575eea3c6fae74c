import "server-only";
import { db } from "@/lib/db/client";
import { editableQuestion } from "@/lib/questionnaires/builder-view";
import { asLang, bilingual, missingTranslations, translatableOf } from "@/lib/questionnaires/languages";
import { editState } from "@/lib/questionnaires/rules";
import { liveVersionId } from "@/lib/questionnaires/versions";

/** Every questionnaire with its versions, newest campaign first, for the administrators' list. */
export async function listQuestionnaires() {
  return db.questionnaire.findMany({
    orderBy: [{ campaign: { startsOn: "desc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      language: true,
      campaignId: true,
      campaign: { select: { name: true, nameZh: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, status: true, publishedOn: true, _count: { select: { responses: true } } },
      },
    },
  });
}

export async function listCampaignChoices() {
  return db.campaign.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, name: true, nameZh: true } });
}

/** The taxonomy's aspects in report order, for tagging questions (archived ones are not offered). */
export async function listAspectChoices() {
  return db.aspect.findMany({
    where: { archived: false },
    orderBy: [{ section: { order: "asc" } }, { order: "asc" }],
    select: { code: true, titleEn: true, titleZh: true },
  });
}

const builderQuestionSelect = {
  id: true, order: true, key: true, type: true, prompt: true, promptTranslation: true, help: true, helpTranslation: true,
  required: true, aspectCode: true, profileField: true, numberUnit: true, numberUnitTranslation: true, minValue: true, maxValue: true,
  normValue: true, normLabel: true, normLabelTranslation: true,
  options: { orderBy: { order: "asc" }, select: { value: true, label: true, labelTranslation: true } },
} as const;

/** Everything the builder page shows for one version, or null. */
export async function loadBuilder(versionId: string) {
  const version = await db.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      version: true,
      status: true,
      title: true,
      titleTranslation: true,
      intro: true,
      introTranslation: true,
      publishedOn: true,
      questionnaire: {
        select: {
          id: true,
          title: true,
          language: true,
          campaignId: true,
          campaign: { select: { name: true, nameZh: true } },
          versions: { orderBy: { version: "asc" }, select: { id: true, version: true, status: true } },
        },
      },
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, title: true, titleTranslation: true, questions: { orderBy: { order: "asc" }, select: builderQuestionSelect } },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!version) return null;
  const own = asLang(version.questionnaire.language);
  // Keys used by earlier versions cannot be renamed in this one (rules.ts keyRefusal).
  const [earlier, live] = await Promise.all([
    db.question.findMany({
      where: { section: { version: { questionnaireId: version.questionnaire.id, version: { lt: version.version } } } },
      distinct: ["key"],
      select: { key: true },
    }),
    liveVersion(version.questionnaire.campaignId),
  ]);
  return {
    id: version.id,
    version: version.version,
    status: version.status,
    publishedOn: version.publishedOn,
    questionnaire: version.questionnaire,
    own,
    title: bilingual(version.title, version.titleTranslation, own),
    intro: bilingual(version.intro, version.introTranslation, own),
    sections: version.sections.map((s) => ({
      id: s.id,
      title: bilingual(s.title, s.titleTranslation, own),
      questions: s.questions.map((q) => editableQuestion(q, own)),
    })),
    missingTranslations: missingTranslations(translatableOf(version, own)),
    responseCount: version._count.responses,
    editState: editState(version),
    live,
    draft: version.questionnaire.versions.find((v) => v.status === "DRAFT" && v.id !== version.id) ?? null,
    earlierKeys: earlier.map((q) => q.key),
  };
}

/** What officers of a campaign answer now (its one published version), for the list and the publish confirmation. */
async function liveVersion(campaignId: string) {
  const id = await liveVersionId(db, campaignId);
  if (!id) return null;
  const version = await db.questionnaireVersion.findUniqueOrThrow({
    where: { id },
    select: { id: true, version: true, title: true, titleTranslation: true, publishedOn: true, questionnaire: { select: { title: true, language: true } }, _count: { select: { responses: true } } },
  });
  return {
    id: version.id,
    version: version.version,
    questionnaireTitle: version.questionnaire.title,
    title: bilingual(version.title, version.titleTranslation, asLang(version.questionnaire.language)),
    publishedOn: version.publishedOn,
    responses: version._count.responses,
  };
}

export type Builder = NonNullable<Awaited<ReturnType<typeof loadBuilder>>>;
