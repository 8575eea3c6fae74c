import "server-only";
import { db } from "@/lib/db/client";
import type { Scope } from "@/lib/auth/scope";
import { historyOf } from "@/lib/audit/queries";
import { aspectFigures, problemFigures, type ProblemFigures } from "@/lib/problems/figures";
import { quotesFor, type Quote } from "@/lib/problems/quotes";

// The problem register as its readers see it: admins (everything) and department heads (their
// units). Every count comes from figures.ts, protected; texts only through quotes.ts, masked.

const QUOTES_IN_LIST = 3;
const QUOTES_ON_PAGE = 100;

const PROBLEM_SELECT = {
  id: true,
  title: true,
  titleZh: true,
  description: true,
  descriptionZh: true,
  category: true,
  aspectCode: true,
  status: true,
  statusReason: true,
  escalatedTo: true,
  published: true,
  version: true,
  createdAt: true,
  _count: { select: { actions: true } },
} as const;

export type RegisterComment = { id: string; author: string; body: string; createdAt: Date };

/** The campaign's problems with their protected figures, a few quotes and the comments on them. */
export async function listProblems(scope: Scope, campaignId: string) {
  const problems = await db.problem.findMany({
    where: { campaignId },
    orderBy: [{ aspectCode: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: PROBLEM_SELECT,
  });
  const ids = problems.map((p) => p.id);
  const [figures, comments, verdicts] = await Promise.all([
    problemFigures(scope, campaignId, ids),
    commentsOn(campaignId, ids.map((id) => `problem:${id}`)),
    verdictCounts(ids),
  ]);
  const quotes = await Promise.all(
    problems.map((p) => quotesFor(scope, campaignId, { problemId: p.id }, figures.get(p.id), QUOTES_IN_LIST)),
  );
  return problems.map((p, i) => ({
    ...p,
    figures: figures.get(p.id)!,
    quotes: quotes[i],
    comments: comments.get(`problem:${p.id}`) ?? [],
    verdicts: verdicts.get(p.id) ?? null,
  }));
}

export type RegisterProblem = Awaited<ReturnType<typeof listProblems>>[number];

export type Suggestion = {
  aspectCode: string;
  category: string;
  titleEn: string;
  titleZh: string;
  figures: ProblemFigures;
  quotes: Quote[];
  /** Problems already registered on this aspect. */
  registered: number;
};

/**
 * Suggested problems: reviewed evidence grouped by aspect, most people first. An aspect is
 * suggested only when its figure is published (5 or more people in the reader's scope).
 */
export async function listSuggestions(scope: Scope, campaignId: string): Promise<Suggestion[]> {
  const [figures, aspects, registered] = await Promise.all([
    aspectFigures(scope, campaignId),
    db.aspect.findMany({ select: { code: true, category: true, titleEn: true, titleZh: true } }),
    db.problem.groupBy({ by: ["aspectCode"], where: { campaignId }, _count: { _all: true } }),
  ]);
  const counted = new Map(registered.map((r) => [r.aspectCode, r._count._all]));
  const shown = aspects
    .filter((a) => figures.get(a.code)?.people != null)
    .sort((a, b) => (figures.get(b.code)!.people ?? 0) - (figures.get(a.code)!.people ?? 0) || a.code.localeCompare(b.code));
  return Promise.all(
    shown.map(async (a) => ({
      aspectCode: a.code,
      category: a.category,
      titleEn: a.titleEn,
      titleZh: a.titleZh,
      figures: figures.get(a.code)!,
      quotes: await quotesFor(scope, campaignId, { aspectCode: a.code }, figures.get(a.code), QUOTES_IN_LIST),
      registered: counted.get(a.code) ?? 0,
    })),
  );
}

/** One problem with its evidence (masked, when quotable), actions, comments and history. */
export async function problemDetail(scope: Scope, id: string) {
  const problem = await db.problem.findUnique({
    where: { id },
    select: {
      ...PROBLEM_SELECT,
      campaignId: true,
      aspect: { select: { titleEn: true, titleZh: true } },
      actions: {
        orderBy: { action: { number: "asc" } },
        select: { action: { select: { id: true, number: true, title: true, titleZh: true, status: true, dueOn: true, ownerName: true } } },
      },
    },
  });
  if (!problem) return null;
  const figures = (await problemFigures(scope, problem.campaignId, [id])).get(id)!;
  const [evidence, comments, history, verdicts, evidenceCount] = await Promise.all([
    quotesFor(scope, problem.campaignId, { problemId: id }, figures, QUOTES_ON_PAGE),
    commentsOn(problem.campaignId, [`problem:${id}`]),
    historyOf([{ type: "Problem", id }]),
    verdictCounts([id]),
    // In the reader's scope, and only beside a published figure: a count of items tells a size too.
    figures.people === null
      ? null
      : db.problemEvidence.count({ where: { problemId: id, ...(scope.kind === "all" ? {} : { evidence: { unitId: { in: scope.unitIds } } }) } }),
  ]);
  return {
    ...problem,
    actions: problem.actions.map((a) => a.action),
    figures,
    evidence,
    evidenceCount,
    comments: comments.get(`problem:${id}`) ?? [],
    history,
    verdicts: verdicts.get(id) ?? null,
  };
}

/** Other problems of the campaign, for the merge form. */
export async function problemChoices(campaignId: string) {
  return db.problem.findMany({
    where: { campaignId },
    orderBy: [{ aspectCode: "asc" }, { title: "asc" }],
    select: { id: true, title: true, titleZh: true, aspectCode: true },
  });
}

/**
 * Linked evidence for the split form (admins): every link, with the masked text only where the
 * problem's figure allows quoting; otherwise an item is shown by its kind and aspect alone.
 */
export async function splitCandidates(problemId: string, quotable: boolean) {
  const rows = await db.problemEvidence.findMany({
    where: { problemId },
    orderBy: { evidenceId: "asc" },
    select: { evidence: { select: { id: true, kind: true, aspectCode: true, maskedText: true, status: true } } },
  });
  return rows.map(({ evidence: e }) => ({
    id: e.id,
    kind: e.kind,
    aspectCode: e.aspectCode,
    text: quotable && (e.status === "ACCEPTED" || e.status === "CORRECTED") ? e.maskedText : null,
  }));
}

export async function commentsOn(campaignId: string, subjects: string[]): Promise<Map<string, RegisterComment[]>> {
  if (subjects.length === 0) return new Map();
  const rows = await db.comment.findMany({
    where: { campaignId, subject: { in: subjects } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, subject: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  const result = new Map<string, RegisterComment[]>();
  for (const r of rows) {
    const list = result.get(r.subject) ?? [];
    list.push({ id: r.id, author: r.author.name, body: r.body, createdAt: r.createdAt });
    result.set(r.subject, list);
  }
  return result;
}

export type VerdictCounts = { better: number | null; noChange: number | null; worse: number | null; total: number | null };

/** Officers' verdicts per problem; every count below 5 (and the total below 5) is hidden. */
export async function verdictCounts(problemIds: string[]): Promise<Map<string, VerdictCounts>> {
  if (problemIds.length === 0) return new Map();
  const rows = await db.problemVerdict.groupBy({
    by: ["problemId", "verdict"],
    where: { problemId: { in: problemIds } },
    _count: { _all: true },
  });
  const result = new Map<string, VerdictCounts>();
  for (const id of problemIds) {
    const of = (v: string) => rows.find((r) => r.problemId === id && r.verdict === v)?._count._all ?? 0;
    const counts = [of("BETTER"), of("NO_CHANGE"), of("WORSE")];
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    result.set(id, protectVerdicts(counts, total));
  }
  return result;
}

/**
 * The three counts and their total form one line: when one count is 1-4 it is hidden, and then a
 * second one too (else total minus the others recovers it); a total below 5 hides everything.
 */
export function protectVerdicts(counts: number[], total: number): VerdictCounts {
  if (total < 5) return { better: null, noChange: null, worse: null, total: null };
  const hidden = counts.map((c) => c > 0 && c < 5);
  if (hidden.filter(Boolean).length === 1) {
    const next = counts
      .map((c, i) => ({ c, i }))
      .filter(({ i }) => !hidden[i] && counts[i] > 0)
      .sort((a, b) => a.c - b.c)[0];
    if (next) hidden[next.i] = true;
  }
  const v = counts.map((c, i) => (hidden[i] ? null : c));
  return { better: v[0], noChange: v[1], worse: v[2], total };
}
