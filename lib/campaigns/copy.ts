import "server-only";
import type { Tx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";

// Copies for a new campaign: an earlier questionnaire version (as the new campaign's first draft,
// to be checked and published in the questionnaire builder) and an earlier campaign's research
// groups (names, members, lead, units and visit methods; dates are the new campaign's to plan).

export async function copyQuestionnaireVersion(tx: Tx, versionId: string, campaignId: string): Promise<string> {
  const source = await tx.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      title: true, intro: true,
      questionnaire: { select: { title: true, language: true } },
      sections: {
        orderBy: { order: "asc" },
        select: {
          order: true, title: true,
          questions: {
            orderBy: { order: "asc" },
            select: {
              order: true, key: true, type: true, prompt: true, help: true, required: true, aspectCode: true, profileField: true,
              numberUnit: true, minValue: true, maxValue: true, normValue: true, normLabel: true,
              options: { orderBy: { order: "asc" }, select: { order: true, value: true, label: true } },
            },
          },
        },
      },
    },
  });
  if (!source) throw new NotFoundError();
  const created = await tx.questionnaire.create({
    data: {
      campaignId,
      title: source.questionnaire.title,
      language: source.questionnaire.language,
      versions: {
        create: {
          version: 1,
          title: source.title,
          intro: source.intro,
          sections: {
            create: source.sections.map((s) => ({
              order: s.order,
              title: s.title,
              questions: { create: s.questions.map(({ options, ...q }) => ({ ...q, options: { create: options } })) },
            })),
          },
        },
      },
    },
    select: { versions: { select: { id: true } } },
  });
  return created.versions[0].id;
}

/** The newest published version of a campaign's questionnaires, else its newest version. */
export async function latestVersionOf(tx: Tx, campaignId: string): Promise<string | null> {
  const version =
    (await tx.questionnaireVersion.findFirst({ where: { status: "PUBLISHED", questionnaire: { campaignId } }, orderBy: { version: "desc" }, select: { id: true } })) ??
    (await tx.questionnaireVersion.findFirst({ where: { questionnaire: { campaignId } }, orderBy: { version: "desc" }, select: { id: true } }));
  return version?.id ?? null;
}

export async function copyGroups(tx: Tx, fromCampaignId: string, toCampaignId: string, unitIds: ReadonlySet<string>): Promise<number> {
  const groups = await tx.researchGroup.findMany({
    where: { campaignId: fromCampaignId },
    select: {
      name: true, nameZh: true,
      members: { where: { user: { active: true } }, select: { userId: true, isLead: true } },
      units: { select: { unitId: true, visitMethod: true } },
    },
  });
  for (const g of groups) {
    await tx.researchGroup.create({
      data: {
        campaignId: toCampaignId,
        name: g.name,
        nameZh: g.nameZh,
        members: { create: g.members },
        units: { create: g.units.filter((u) => unitIds.has(u.unitId)).map((u) => ({ unitId: u.unitId, visitMethod: u.visitMethod })) },
      },
    });
  }
  return groups.length;
}
