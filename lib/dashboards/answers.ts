// Numeric, Likert and choice questions, from the scope's fine answer counts. Every count is read
// from the scope's protected tables (scope-table.ts), so filtered views and totals cannot be
// combined to recover a small group. A question's parts (bins, Likert points, options chosen or
// not) add up to its number of answers, and all of them are protected as one book.
import type { ScopeProtection } from "@/lib/dashboards/scope-protection";
import type { Fine, Profile } from "@/lib/dashboards/scope-table";
import { binHistogram, quantile, sortHistogram } from "@/lib/dashboards/stats";
import type { ChoiceQuestion, Figure, LikertQuestion, NumberQuestion } from "@/lib/dashboards/types";

export type QuestionInfo = {
  key: string;
  type: "NUMBER" | "LIKERT" | "SINGLE_CHOICE" | "MULTI_CHOICE";
  prompt: string;
  aspect: string | null;
  unit: string | null;
  min: number | null;
  max: number | null;
  norm: number | null;
  normLabel: string | null;
  options: { value: string; label: string }[];
};

/**
 * Answers of one question in one fine cell: a value (number, Likert point) or a choice. Or, in
 * the rolled-up form (campaign-reads.ts), ANY in place of the role and service (a unit's answers
 * for any profile) or of the unit and one of them (the whole scope's answers for one role level or
 * service band): the protected tables sum to the same figures from either form (scope-table.ts
 * adds a row to the nodes of its unit and to the column of its role and of its service).
 */
export type AnswerFine = { unitId: string; role: string; service: string; value: string; count: number };

/** "Any" in the rolled-up form of AnswerFine (never a unit id, role level or service band). */
export const ANY = "*";

type Ctx = { scope: ScopeProtection; units: ReadonlySet<string>; profile: Profile };

const cellKey = (a: Pick<AnswerFine, "unitId" | "role" | "service">) => `${a.unitId}\u0000${a.role}\u0000${a.service}`;

type Cell = Pick<AnswerFine, "unitId" | "role" | "service">;

/**
 * The cells of a question's rows, in first-seen order, and each row's cell: worked out once per
 * list (every part of a question sums the same rows), so the parts' passes only add numbers.
 */
const cellsOfRows = new WeakMap<readonly AnswerFine[], { cells: Cell[]; at: Int32Array }>();
function cellsOf(answers: readonly AnswerFine[]) {
  let known = cellsOfRows.get(answers);
  if (!known) {
    // Unit, then role, then service: a key string per row (cellKey) was a megabyte of garbage per
    // dashboard at 1.7 million answers.
    const index = new Map<string, Map<string, Map<string, number>>>();
    const cells: Cell[] = [];
    const at = new Int32Array(answers.length);
    answers.forEach((a, i) => {
      let byRole = index.get(a.unitId);
      if (!byRole) index.set(a.unitId, (byRole = new Map()));
      let byService = byRole.get(a.role);
      if (!byService) byRole.set(a.role, (byService = new Map()));
      let cell = byService.get(a.service);
      if (cell === undefined) {
        cell = cells.length;
        byService.set(a.service, cell);
        cells.push({ unitId: a.unitId, role: a.role, service: a.service });
      }
      at[i] = cell;
    });
    known = { cells, at };
    cellsOfRows.set(answers, known);
  }
  return known;
}

const asFine = (cells: readonly Cell[], values: Float64Array): Fine[] =>
  cells.map((c, i) => ({ unitId: c.unitId, role: c.role, service: c.service, value: values[i] }));

/** Sums answers per fine cell, optionally only those `pick` keeps, weighted by `weight`. */
function fineOf(
  answers: readonly AnswerFine[],
  pick: (a: AnswerFine) => boolean,
  weight: (a: AnswerFine) => number = () => 1,
): Fine[] {
  const { cells, at } = cellsOf(answers);
  const values = new Float64Array(cells.length);
  answers.forEach((a, i) => {
    if (pick(a)) values[at[i]] += a.count * weight(a);
  });
  return asFine(cells, values);
}

/**
 * Sums answers per fine cell into several parts in one pass (`partsOf` lists the parts a row
 * counts for): a question's bins or points each took a pass over every row before (a third of
 * the dashboard's CPU at 1.7 million answers). Every part lists the same cells, like fineOf.
 */
function fineByPart(answers: readonly AnswerFine[], parts: number, partsOf: (a: AnswerFine) => number[]): Fine[][] {
  const { cells, at } = cellsOf(answers);
  const values = Array.from({ length: parts }, () => new Float64Array(cells.length));
  answers.forEach((a, i) => {
    for (const p of partsOf(a)) values[p][at[i]] += a.count;
  });
  return values.map((v) => asFine(cells, v));
}

/**
 * One book per question: its answers (measure 0) and each group of parts that adds up to them
 * (bins; the norm split; Likert points; options, or per option chosen / not chosen), protected
 * together. Returns the figure of the answers and of every part, group by group.
 */
function questionBook(
  ctx: Ctx,
  key: string,
  answered: Fine[],
  groups: (() => Fine[])[][],
): { n: Figure; parts: Figure[][] } {
  const starts: number[] = [];
  let next = 1;
  for (const group of groups) {
    starts.push(next);
    next += group.length;
  }
  const book = ctx.scope.book(
    `question:${key}`,
    () => [{ fine: answered }, ...groups.flat().map((fine) => ({ fine: fine() }))],
    groups.map((group, g) => ({ total: 0, parts: group.map((_, i) => starts[g] + i) })),
  );
  const figure = (measure: number) => ctx.scope.figure(book, measure, ctx.units, ctx.profile);
  return { n: figure(0), parts: groups.map((group, g) => group.map((_, i) => figure(starts[g] + i))) };
}

/**
 * The view's answers. In the rolled-up form a profile filter reads the scope's rows of that role
 * level or band (a profile filter is refused together with a unit filter: resolve-view.ts), and
 * no profile reads the units' rows for any profile.
 */
function inView(answers: readonly AnswerFine[], ctx: Ctx): AnswerFine[] {
  const { role, service } = ctx.profile;
  if (answers.some((a) => a.role === ANY || a.service === ANY))
    return answers.filter((a) =>
      role !== null
        ? a.role === role && a.service === ANY
        : service !== null
          ? a.service === service && a.role === ANY
          : a.role === ANY && a.service === ANY && ctx.units.has(a.unitId),
    );
  return answers.filter(
    (a) =>
      ctx.units.has(a.unitId) && (role === null || a.role === role) && (service === null || a.service === service),
  );
}

export function buildNumber(question: QuestionInfo, answers: readonly AnswerFine[], ctx: Ctx): NumberQuestion {
  const answered = fineOf(answers, () => true);
  // Bin edges from the whole scope, so every view cuts the same bins (a bin is then one measure).
  const scopeHistogram = sortHistogram(answers.map((a) => ({ value: Number(a.value), count: a.count })));
  const bins = binHistogram(scopeHistogram, { min: question.min, max: question.max });
  const binOf = (value: number) => {
    const width = bins.length > 0 ? bins[0].to - bins[0].from : 1;
    return Math.min(bins.length - 1, Math.max(0, Math.floor((value - (bins[0]?.from ?? 0)) / width)));
  };
  const norm = question.norm;
  // Parts: the bins, then above and at-or-below the norm.
  let split: Fine[][] | null = null;
  const part = (i: number) => () =>
    (split ??= fineByPart(answers, bins.length + 2, (a) => {
      const value = Number(a.value);
      return norm === null ? [binOf(value)] : [binOf(value), value > norm ? bins.length : bins.length + 1];
    }))[i];
  const { n, parts } = questionBook(ctx, question.key, answered, [
    bins.map((_, i) => part(i)),
    ...(norm === null ? [] : [[part(bins.length), part(bins.length + 1)]]),
  ]);
  const aboveNorm = norm === null ? null : parts[1][0];
  // The mean is a sum of values over the answers: a measure of its own, hidden with its count.
  const sum = ctx.scope.figure(
    ctx.scope.book(`sum:${question.key}`, () => [
      {
        fine: fineOf(
          answers,
          () => true,
          (a) => Number(a.value),
        ),
        basis: answered,
      },
    ]),
    0,
    ctx.units,
    ctx.profile,
  );
  const histogram = sortHistogram(inView(answers, ctx).map((a) => ({ value: Number(a.value), count: a.count })));
  // Quartiles only where the view's number of answers is published (and so 5 or more).
  const stat = (p: number) => (n !== null && n > 0 ? quantile(histogram, p) : null);
  return {
    key: question.key,
    prompt: question.prompt,
    aspect: question.aspect,
    unit: question.unit,
    n,
    mean: n !== null && n > 0 && sum !== null ? sum / n : null,
    q1: stat(0.25),
    median: stat(0.5),
    q3: stat(0.75),
    norm,
    normLabel: question.normLabel,
    aboveNorm,
    aboveNormShare: aboveNorm === null || !n ? null : aboveNorm / n,
    bins: bins.map((bin, i) => ({
      from: bin.from,
      to: bin.to,
      openBelow: bin.openBelow,
      openAbove: bin.openAbove,
      value: n === 0 ? 0 : parts[0][i],
    })),
  };
}

export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;

export function buildLikert(question: QuestionInfo, answers: readonly AnswerFine[], ctx: Ctx): LikertQuestion {
  const answered = fineOf(answers, () => true);
  let split: Fine[][] | null = null;
  const point = (i: number) => () =>
    (split ??= fineByPart(answers, LIKERT_POINTS.length, (a) => {
      const at = LIKERT_POINTS.indexOf(Math.round(Number(a.value)) as (typeof LIKERT_POINTS)[number]);
      return at < 0 ? [] : [at];
    }))[i];
  const { n, parts } = questionBook(ctx, question.key, answered, [LIKERT_POINTS.map((_, i) => point(i))]);
  const counts = parts[0];
  return {
    key: question.key,
    prompt: question.prompt,
    aspect: question.aspect,
    n,
    counts,
    // The answers the hidden points hold together (never 1-4: the points are protected with n).
    hidden: n === null ? 0 : n - counts.reduce<number>((sum, c) => sum + (c ?? 0), 0),
  };
}

/**
 * Single choice: each option's count, the options adding up to the answers. Multiple choice: per
 * option, those who chose it and those who did not, adding up to the respondents who answered;
 * shares are of those respondents.
 */
export function buildChoice(
  question: QuestionInfo,
  answers: readonly AnswerFine[],
  answeredBy: readonly AnswerFine[],
  ctx: Ctx,
): ChoiceQuestion {
  const answered = fineOf(answeredBy, () => true);
  // Every option's cells in one pass over the rows (a pass per option, twice for multiple choice,
  // was the largest part of the questions' CPU); like fineOf, every option lists every cell.
  let byOption: Fine[][] | null = null;
  const optionIndex = new Map<string, number[]>();
  question.options.forEach((o, i) => optionIndex.set(o.value, [...(optionIndex.get(o.value) ?? []), i]));
  const chosen = (i: number) =>
    (byOption ??= fineByPart(answers, question.options.length, (a) => optionIndex.get(a.value) ?? []))[i];
  const notChosen = (i: number) => {
    const picked = new Map(chosen(i).map((f) => [cellKey(f), f.value]));
    return answered.map((f) => ({ ...f, value: f.value - (picked.get(cellKey(f)) ?? 0) }));
  };
  const single = question.type === "SINGLE_CHOICE";
  const { n, parts } = questionBook(
    ctx,
    question.key,
    answered,
    single
      ? [question.options.map((_, i) => () => chosen(i))]
      : question.options.map((_, i) => [() => chosen(i), () => notChosen(i)]),
  );
  const counts = single ? parts[0] : parts.map((group) => group[0]);
  return {
    key: question.key,
    type: single ? "SINGLE_CHOICE" : "MULTI_CHOICE",
    prompt: question.prompt,
    aspect: question.aspect,
    n,
    options: question.options.map((o, i) => ({
      value: o.value,
      label: o.label,
      count: counts[i],
      share: counts[i] === null || !n ? null : counts[i]! / n,
    })),
  };
}
