import "server-only";
import { todayUtc } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mask } from "@/lib/classification/pii";
import type { Category } from "@/lib/classification/taxonomy";
import { classifyPendingEvidence, suggestWith } from "@/lib/classification/service";
import { currentModel, learnFromReviews } from "@/lib/classification/store-model";
import { createRandom } from "@/lib/demo/random";
import { decisionStatus, type CategoryScore } from "@/lib/review/rules";

// The demo campaign as a campaign in progress: every text classified, about two thirds of the
// answers reviewed by their group's lead (most suggestions accepted, some corrected, personal
// details masked), the rest waiting in the queue, and the classifier retrained on the decisions.

const REVIEWED_SHARE = 0.65;
const DAY = 86_400_000;

/** What a careful reviewer would change in the classifier's first suggestions for the demo texts. */
const CORRECTIONS: Record<string, { categories: Category[]; aspect: string }> = {
  "去年的加班费到现在还没有发，调休也批不下来。": { categories: ["rights"], aspect: "A2" },
  "巡逻车坏了没钱修，出警只能打车。": { categories: ["equipment", "funding"], aspect: "B3" },
  "年休假根本休不了，所里人手太少。": { categories: ["rights", "staffing"], aspect: "A2" },
  "Heating bills from years ago are still not reimbursed.": { categories: ["rights"], aspect: "A5" },
  "同样的报表要报好几遍，统计数字重复填。": { categories: ["workload"], aspect: "D6" },
  "制定制度前先到基层调研，不要闭门造车。": { categories: ["workload"], aspect: "D1" },
  "Inspections come one after another and each department asks for the same reports.": { categories: ["workload"], aspect: "D4" },
  "Training is too short and always clashes with duty; give us real practice time.": { categories: ["training"], aspect: "E2" },
  "调整民警工作地点，离家太远每天路上要三个小时。": { categories: ["staffing"], aspect: "F5" },
};

/** Group 1's lead finds a text with a phone number still waiting: the demo shows the flag. */
const LEAVE_PII_PENDING_IN = new Set(["BR-NG", "PS-MK", "SQ-NG", "BR-KC", "PS-DQ", "DT-PT", "OF-CC"]);

type Decided = {
  id: string;
  status: "ACCEPTED" | "CORRECTED";
  categories: Category[];
  aspect: string | null;
  masked: string | null;
  spans: unknown[];
  ranked: CategoryScore[];
  suggestedAspect: string | null;
  words: string[];
  version: string;
  reviewer: string | null;
  reviewedOn: Date;
};

export async function seedDemoReview(db: PrismaClient, campaignId: string): Promise<void> {
  const loaded = await currentModel(db);
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { endsOn: true } });
  const leads = new Map(
    (await db.groupUnit.findMany({ where: { group: { campaignId } }, select: { unitId: true, group: { select: { members: { where: { isLead: true }, select: { userId: true } } } } } }))
      .map((g) => [g.unitId, g.group.members[0]?.userId ?? null]),
  );
  const items = await db.evidenceItem.findMany({
    where: { campaignId },
    select: {
      id: true, kind: true, text: true, unitId: true, categories: true, aspectCode: true,
      unit: { select: { code: true } },
      answer: { select: { question: { select: { key: true } }, response: { select: { id: true, submittedOn: true } } } },
      finding: { select: { session: { select: { heldOn: true, loggedById: true } } } },
    },
  });
  // Evidence ids are random; the seeded response ids and question keys give a stable order.
  const key = (i: (typeof items)[number]) => (i.answer ? `a:${i.answer.response.id}:${i.answer.question.key}` : `f:${i.text}`);
  items.sort((a, b) => key(a).localeCompare(key(b)));

  const random = createRandom(4004);
  const decided: Decided[] = [];
  let piiSeen = 0;
  for (const item of items) {
    const s = suggestWith(loaded, item.text);
    const hasPii = s.piiSpans.length > 0;
    let chosen: { categories: Category[]; aspect: string | null };
    let reviewer: string | null;
    let reviewedOn: Date;
    let masked: string | null = hasPii ? mask(item.text, s.piiSpans) : item.text;
    if (item.finding) {
      // Findings were labelled by their lead when logged (seed.ts): the suggestion is what they saw.
      chosen = { categories: item.categories as Category[], aspect: item.aspectCode };
      reviewer = item.finding.session.loggedById;
      reviewedOn = item.finding.session.heldOn;
    } else {
      const reviewed = random.chance(REVIEWED_SHARE);
      if (!reviewed || (hasPii && LEAVE_PII_PENDING_IN.has(item.unit?.code ?? ""))) continue;
      // Every other text with personal details is reviewed but still waits for its masking.
      if (hasPii && piiSeen++ % 2 === 1) masked = null;
      chosen = CORRECTIONS[item.text] ?? { categories: s.labels, aspect: s.aspect };
      reviewer = item.unitId ? (leads.get(item.unitId) ?? null) : null;
      const submitted = item.answer!.response.submittedOn.getTime();
      reviewedOn = new Date(Math.min(submitted + random.int(1, 3) * DAY, Math.min(campaign.endsOn.getTime(), todayUtc().getTime())));
    }
    decided.push({
      id: item.id,
      status: decisionStatus(chosen, s),
      categories: chosen.categories,
      aspect: chosen.aspect,
      masked,
      spans: s.piiSpans.map(({ start, end, kind, text }) => ({ start, end, kind, text })),
      ranked: s.ranked,
      suggestedAspect: s.aspect,
      words: s.words,
      version: String(s.modelVersion),
      reviewer,
      reviewedOn,
    });
  }

  // One statement: the dashboard triggers then recount once instead of once per item.
  await db.$executeRaw`
    UPDATE "EvidenceItem" AS e SET
      status = v.status::"ReviewStatus", categories = v.categories::"Category"[], "aspectCode" = v.aspect, "maskedText" = v.masked,
      "piiSpans" = v.spans::jsonb, "suggestedCategories" = v.ranked::jsonb, "suggestedAspectCode" = v.suggested,
      "suggestionWords" = ARRAY(SELECT jsonb_array_elements_text(v.words::jsonb)), "modelVersion" = v.version,
      "reviewedById" = v.reviewer, "reviewedOn" = v.reviewed::date
    FROM unnest(${decided.map((d) => d.id)}::uuid[], ${decided.map((d) => d.status)}::text[], ${decided.map((d) => `{${d.categories.join(",")}}`)}::text[],
                ${decided.map((d) => d.aspect)}::text[], ${decided.map((d) => d.masked)}::text[], ${decided.map((d) => JSON.stringify(d.spans))}::text[],
                ${decided.map((d) => JSON.stringify(d.ranked))}::text[], ${decided.map((d) => d.suggestedAspect)}::text[], ${decided.map((d) => JSON.stringify(d.words))}::text[],
                ${decided.map((d) => d.version)}::text[], ${decided.map((d) => d.reviewer)}::text[], ${decided.map((d) => d.reviewedOn.toISOString().slice(0, 10))}::text[])
      AS v(id, status, categories, aspect, masked, spans, ranked, suggested, words, version, reviewer, reviewed)
    WHERE e.id = v.id`;

  // The classifier learns from these decisions, and the texts still waiting get its suggestion.
  await learnFromReviews(db);
  await classifyPendingEvidence(campaignId, { kind: "all" }, db);
}
