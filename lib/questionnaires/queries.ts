import "server-only";
import { db } from "@/lib/db/client";
import { editState } from "@/lib/questionnaires/rules";

/** Every questionnaire with its versions, newest campaign first, for the administrators' list. */
export async function listQuestionnaires() {
  return db.questionnaire.findMany({
    orderBy: [{ campaign: { startsOn: "desc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      language: true,
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
  id: true, order: true, key: true, type: true, prompt: true, help: true, required: true, aspectCode: true, profileField: true,
  numberUnit: true, minValue: true, maxValue: true, normValue: true, normLabel: true,
  options: { orderBy: { order: "asc" }, select: { value: true, label: true } },
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
      intro: true,
      publishedOn: true,
      questionnaire: {
        select: {
          id: true,
          title: true,
          language: true,
          campaign: { select: { name: true, nameZh: true } },
          versions: { orderBy: { version: "asc" }, select: { id: true, version: true, status: true } },
        },
      },
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, title: true, questions: { orderBy: { order: "asc" }, select: builderQuestionSelect } },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!version) return null;
  // Keys used by earlier versions cannot be renamed in this one (rules.ts keyRefusal).
  const earlier = await db.question.findMany({
    where: { section: { version: { questionnaireId: version.questionnaire.id, version: { lt: version.version } } } },
    distinct: ["key"],
    select: { key: true },
  });
  return {
    ...version,
    responseCount: version._count.responses,
    editState: editState(version),
    draft: version.questionnaire.versions.find((v) => v.status === "DRAFT" && v.id !== version.id) ?? null,
    earlierKeys: earlier.map((q) => q.key),
  };
}

export type Builder = NonNullable<Awaited<ReturnType<typeof loadBuilder>>>;
export type BuilderSection = Builder["sections"][number];
export type BuilderQuestionRow = BuilderSection["questions"][number];
