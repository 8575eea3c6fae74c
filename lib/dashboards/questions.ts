import "server-only";
import { buildChoice, buildLikert, buildNumber, type AnswerFine, type QuestionInfo } from "@/lib/dashboards/answers";
import type { AspectInfo } from "@/lib/dashboards/problems";
import { scopeAnswerCounts, scopeChoiceCounts } from "@/lib/dashboards/campaign-reads";
import type { DashboardData } from "@/lib/dashboards/types";
import type { View } from "@/lib/dashboards/resolve-view";

// The question charts of one view: reads the scope's fine answer counts and builds every
// question's protected figures, in the report's order of sections (the question's aspect's
// section), then questionnaire order.

type Questions = { list: QuestionInfo[]; keyOf: Map<string, string> };

/**
 * The scope's answer and choice counts: read while the rest of the dashboard is read. Without
 * `choices` (a comparison, which shows no choice question) no choice counts are read, and
 * buildQuestions then builds no choice question.
 */
export async function readQuestionCounts(
  campaignId: string,
  view: Pick<View, "scopeUnits">,
  { choices: withChoices = true }: { choices?: boolean } = {},
) {
  const [values, choices] = await Promise.all([
    scopeAnswerCounts(campaignId, view.scopeUnits),
    withChoices ? scopeChoiceCounts(campaignId, view.scopeUnits) : null,
  ]);
  return { values, choices };
}

export function buildQuestions(
  counts: Awaited<ReturnType<typeof readQuestionCounts>>,
  questions: Questions,
  aspects: readonly AspectInfo[],
  ctx: Parameters<typeof buildNumber>[2],
): Pick<DashboardData, "numbers" | "likert" | "choices" | "questionOrder"> {
  const { values, choices } = counts;
  const byKey = (rows: readonly (AnswerFine & { questionId: string })[]) => {
    const map = new Map<string, AnswerFine[]>();
    for (const r of rows) {
      const key = questions.keyOf.get(r.questionId);
      if (!key) continue;
      // Pushed, not copied: copying the list per row made this quadratic (2.7 s of CPU per
      // dashboard at 1.7 million answers, 89,000 histogram rows).
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
    return map;
  };
  const valueRows = byKey(values);
  const chosenRows = byKey(choices?.chosen ?? []);
  const answeredRows = byKey(choices?.answered ?? []);
  const sectionOf = new Map(aspects.map((a, i) => [a.code, { section: a.section, order: i }]));
  const ordered = questions.list
    .map((q, i) => ({ q, i }))
    .sort((a, b) => sectionRank(a, sectionOf, aspects) - sectionRank(b, sectionOf, aspects) || a.i - b.i)
    .map(({ q }) => q);
  return {
    numbers: ordered.filter((q) => q.type === "NUMBER").map((q) => buildNumber(q, valueRows.get(q.key) ?? [], ctx)),
    likert: ordered.filter((q) => q.type === "LIKERT").map((q) => buildLikert(q, valueRows.get(q.key) ?? [], ctx)),
    choices: ordered
      .filter((q) => choices !== null && isChoice(q))
      .map((q) => buildChoice(q, chosenRows.get(q.key) ?? [], answeredRows.get(q.key) ?? [], ctx)),
    questionOrder: ordered.map((q) => ({
      kind: q.type === "NUMBER" ? "number" : q.type === "LIKERT" ? "likert" : "choice",
      key: q.key,
      section: q.aspect ? (sectionOf.get(q.aspect)?.section ?? null) : null,
    })),
  };
}

function isChoice(q: QuestionInfo | undefined): q is QuestionInfo {
  return q?.type === "SINGLE_CHOICE" || q?.type === "MULTI_CHOICE";
}

/** Sections in the taxonomy's order (A to G); questions without an aspect come last. */
function sectionRank(
  item: { q: QuestionInfo },
  sectionOf: Map<string, { section: string; order: number }>,
  aspects: readonly AspectInfo[],
): number {
  const section = item.q.aspect ? sectionOf.get(item.q.aspect)?.section : undefined;
  if (!section) return aspects.length;
  return aspects.findIndex((a) => a.section === section);
}
