// Numeric and Likert questions from value histograms. A question's figures rest on the number of
// respondents who answered it (one answer per respondent and question); its bins and its Likert
// counts add up to that number, so they form a protected line.
import { binHistogram, countOf, mean, quantile, type Histogram } from "@/lib/dashboards/stats";
import { FigureBook } from "@/lib/dashboards/suppression";
import type { LikertQuestion, NumberQuestion } from "@/lib/dashboards/types";

export type QuestionInfo = {
  key: string;
  type: "NUMBER" | "LIKERT";
  prompt: string;
  aspect: string | null;
  unit: string | null;
  min: number | null;
  max: number | null;
  norm: number | null;
  normLabel: string | null;
};

export function buildNumber(question: QuestionInfo, histogram: Histogram): NumberQuestion {
  const book = new FigureBook();
  const n = countOf(histogram);
  const total = book.add(n);
  const stat = (value: number) => book.add(n > 0 ? value : 0, n);
  const meanCell = stat(mean(histogram));
  const q1 = stat(quantile(histogram, 0.25));
  const median = stat(quantile(histogram, 0.5));
  const q3 = stat(quantile(histogram, 0.75));
  const bins = binHistogram(histogram, { min: question.min, max: question.max }).map((bin) => ({
    bin,
    cell: book.add(bin.count),
  }));
  book.line(
    total,
    bins.map((b) => b.cell),
  );
  let above: number | null = null;
  if (question.norm !== null) {
    const over = histogram.filter((h) => h.value > question.norm!).reduce((sum, h) => sum + h.count, 0);
    above = book.add(over);
    book.line(total, [above, book.add(n - over)]);
  }
  const published = book.get(total);
  const aboveNorm = above === null ? null : book.get(above);
  return {
    key: question.key,
    prompt: question.prompt,
    aspect: question.aspect,
    unit: question.unit,
    n: published,
    mean: n > 0 ? book.get(meanCell) : null,
    q1: n > 0 ? book.get(q1) : null,
    median: n > 0 ? book.get(median) : null,
    q3: n > 0 ? book.get(q3) : null,
    norm: question.norm,
    normLabel: question.normLabel,
    aboveNorm,
    aboveNormShare: aboveNorm === null || !published ? null : aboveNorm / published,
    bins: bins.map(({ bin, cell }) => ({
      from: bin.from,
      to: bin.to,
      openBelow: bin.openBelow,
      openAbove: bin.openAbove,
      value: book.get(cell),
    })),
  };
}

export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;

export function buildLikert(question: QuestionInfo, histogram: Histogram): LikertQuestion {
  const book = new FigureBook();
  const counts = LIKERT_POINTS.map((point) =>
    histogram.filter((h) => Math.round(h.value) === point).reduce((sum, h) => sum + h.count, 0),
  );
  const n = counts.reduce((a, b) => a + b, 0);
  const total = book.add(n);
  const cells = counts.map((c) => book.add(c));
  book.line(total, cells);
  const published = cells.map((c) => book.get(c));
  const shownN = book.get(total);
  return {
    key: question.key,
    prompt: question.prompt,
    aspect: question.aspect,
    n: shownN,
    counts: published,
    hidden: shownN === null ? 0 : shownN - published.reduce<number>((sum, c) => sum + (c ?? 0), 0),
  };
}

/** Questions share a key across questionnaire versions; their histograms are merged by key. */
export function mergeByKey(
  rows: readonly { questionId: string; value: number; count: number }[],
  keyOf: ReadonlyMap<string, string>,
): Map<string, Histogram> {
  const merged = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const key = keyOf.get(row.questionId);
    if (!key) continue;
    const histogram = merged.get(key) ?? new Map<number, number>();
    histogram.set(row.value, (histogram.get(row.value) ?? 0) + row.count);
    merged.set(key, histogram);
  }
  return new Map(
    [...merged].map(([key, h]) => [
      key,
      [...h].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value),
    ]),
  );
}
