// Evaluation measures shared by the eval script and the tests.

import { classify, type Classification } from "./classify";
import type { LabelledExample, Lang } from "./dataset";
import type { Model } from "./model";
import { CATEGORIES, type Category } from "./taxonomy";

export interface Metrics {
  n: number;
  /** Share of texts whose top category is one of the gold categories. */
  accuracy: number;
  /** Mean over categories of F1 between predicted "on" labels and gold labels. */
  macroF1: number;
  perCategoryF1: Record<Category, number | null>;
  /** Share of texts whose predicted aspect equals the gold aspect (null included). */
  aspectAccuracy: number;
}

export function evaluate(model: Model, examples: LabelledExample[]): Metrics {
  return score(
    examples,
    examples.map((ex) => classify(model, ex.text)),
  );
}

/** The measures of predictions made elsewhere (cross-validation pools its folds' predictions). */
export function score(
  examples: LabelledExample[],
  predictions: Pick<Classification, "category" | "labels" | "aspect">[],
): Metrics {
  const tp = new Map<Category, number>();
  const fp = new Map<Category, number>();
  const fn = new Map<Category, number>();
  const inc = (m: Map<Category, number>, c: Category) => m.set(c, (m.get(c) ?? 0) + 1);
  let top = 0;
  let aspect = 0;
  for (const [i, ex] of examples.entries()) {
    const r = predictions[i];
    if (ex.categories.includes(r.category)) top++;
    if ((ex.aspect ?? null) === r.aspect) aspect++;
    for (const c of CATEGORIES) {
      const gold = ex.categories.includes(c);
      const predicted = r.labels.includes(c);
      if (gold && predicted) inc(tp, c);
      else if (predicted) inc(fp, c);
      else if (gold) inc(fn, c);
    }
  }
  const perCategoryF1 = {} as Record<Category, number | null>;
  const f1s: number[] = [];
  for (const c of CATEGORIES) {
    const t = tp.get(c) ?? 0;
    const p = fp.get(c) ?? 0;
    const n = fn.get(c) ?? 0;
    // A category absent from both gold and predictions says nothing about the model.
    if (t + p + n === 0) {
      perCategoryF1[c] = null;
      continue;
    }
    const f1 = (2 * t) / (2 * t + p + n);
    perCategoryF1[c] = f1;
    f1s.push(f1);
  }
  const n = examples.length || 1;
  return {
    n: examples.length,
    accuracy: top / n,
    macroF1: f1s.reduce((s, v) => s + v, 0) / (f1s.length || 1),
    perCategoryF1,
    aspectAccuracy: aspect / n,
  };
}

export function byLang(examples: LabelledExample[]): Record<Lang, LabelledExample[]> {
  return { en: examples.filter((e) => e.lang === "en"), zh: examples.filter((e) => e.lang === "zh") };
}
