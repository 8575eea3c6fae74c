import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mask } from "@/lib/classification/pii";
import { suggestWith } from "@/lib/classification/service";
import { currentModel } from "@/lib/classification/store-model";
import { VISITED_UNITS } from "@/lib/demo/organisation";
import { generateResponses, type DemoResponse } from "@/lib/demo/responses";

// The demo's earlier campaign: last year's listening survey of the same 21 units with the same
// questionnaire (retired when it closed), answered online only, closed and fully reviewed, so the
// dashboards' comparison has something to compare with. Loaded after the current campaign is complete and from its own random seed: the current
// campaign's figures do not move, and the classifier does not learn from these reviews.

const EARLIER_CAMPAIGN_SLUG = "listening-survey-last-year";
const EARLIER_SEED = 20250408;
const EARLIER_RESPONSES = 260;
const DAY = 86_400_000;
const YEAR_DAYS = 364;
const FIELD_DAYS = 14;

/** A year ago things were somewhat worse on hours and money, and the Department listened less. */
function lastYear(response: DemoResponse): DemoResponse {
  const shift: Record<string, (v: number) => number> = {
    hours_day: (v) => Math.min(18, v + 0.5),
    hours_week: (v) => Math.min(110, v + 5),
    own_money: (v) => Math.min(800, v + 60),
    pd_listens: (v) => Math.max(1, v - 1),
  };
  return {
    ...response,
    answers: response.answers.map((a) =>
      a.numberValue !== undefined && shift[a.key] ? { ...a, numberValue: shift[a.key](a.numberValue) } : a,
    ),
  };
}

export async function seedEarlierCampaign(
  db: PrismaClient,
  input: {
    currentStart: Date;
    unitId: (code: string) => string;
    questionnaire: (campaignId: string, publishedOn: Date) => Promise<{ versionId: string; byKey: Map<string, string> }>;
  },
): Promise<void> {
  const start = new Date(input.currentStart.getTime() - YEAR_DAYS * DAY);
  const campaign = await db.campaign.create({
    data: {
      slug: EARLIER_CAMPAIGN_SLUG,
      name: "Last year's listening survey",
      nameZh: "去年的听取意见问卷调查",
      startsOn: start,
      endsOn: new Date(start.getTime() + (FIELD_DAYS - 1) * DAY),
      status: "CLOSED",
      methods: ["questionnaires"],
      units: { create: VISITED_UNITS.map((code) => ({ unitId: input.unitId(code) })) },
    },
    select: { id: true },
  });
  const { versionId, byKey } = await input.questionnaire(campaign.id, start);
  const responses = generateResponses(EARLIER_SEED, EARLIER_RESPONSES).map(lastYear);
  await db.response.createMany({
    data: responses.map((r) => ({
      id: r.id,
      campaignId: campaign.id,
      versionId,
      unitId: input.unitId(r.unit),
      source: "ONLINE",
      submittedOn: new Date(start.getTime() + (r.day % FIELD_DAYS) * DAY),
      roleLevel: r.roleLevel,
      serviceYears: r.serviceYears,
      ageBand: r.ageBand,
    })),
  });
  await db.answer.createMany({
    data: responses.flatMap((r) =>
      r.answers.map((a) => ({
        responseId: r.id,
        questionId: byKey.get(a.key)!,
        numberValue: a.numberValue ?? null,
        textValue: a.textValue ?? null,
        choices: a.choices ?? [],
      })),
    ),
  });
  // Every text reviewed as the classifier suggests, personal details masked.
  const loaded = await currentModel(db);
  const texts = await db.answer.findMany({
    where: { response: { campaignId: campaign.id }, textValue: { not: null } },
    select: { id: true, textValue: true, response: { select: { unitId: true } } },
  });
  await db.evidenceItem.createMany({
    data: texts.map((t) => {
      const s = suggestWith(loaded, t.textValue!);
      return {
        campaignId: campaign.id,
        unitId: t.response.unitId,
        kind: "ANSWER" as const,
        answerId: t.id,
        text: t.textValue!,
        status: "ACCEPTED" as const,
        categories: s.labels,
        aspectCode: s.aspect,
        maskedText: s.piiSpans.length > 0 ? mask(t.textValue!, s.piiSpans) : t.textValue!,
        reviewedOn: new Date(start.getTime() + (FIELD_DAYS - 1) * DAY),
      };
    }),
  });
}
