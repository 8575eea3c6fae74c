// Scoring a text with a trained model, and the explanation a reviewer sees next to the label.

import { aspectCategoryIndex, aspectVote, NO_ASPECT, ON_THRESHOLD, type Model } from "./model";
import type { Category } from "./taxonomy";
import { extractFeatures } from "./tokenize";

export interface CategoryScore {
  category: Category;
  /** 0..1, independent per category (they do not sum to 1). */
  score: number;
}

interface AspectScore {
  aspect: string;
  /** 0..1, a distribution over the aspects and "none". */
  score: number;
}

export interface Classification {
  /** The top category. */
  category: Category;
  /** Every category, best first. */
  categories: CategoryScore[];
  /** The categories that are "on": score >= ON_THRESHOLD, and always the top one. */
  labels: Category[];
  /** Best aspect code, or null when "none" beats every aspect. */
  aspect: string | null;
  /** Up to three aspect candidates, best first (excluding "none"). */
  aspects: AspectScore[];
  /** Words and phrases, as written, that pushed the "on" categories most. */
  evidence: string[];
}

const MAX_EVIDENCE = 6;
const MIN_EVIDENCE_CONTRIBUTION = 0.05;
const primaryCache = new WeakMap<Model, number[]>();

export function classify(model: Model, text: string): Classification {
  const surfaces = new Map<string, string>();
  // A key can occur with several surfaces; keep one a reviewer can read.
  for (const f of extractFeatures(text)) if (!surfaces.get(f.key)) surfaces.set(f.key, f.surface);
  const keys = [...surfaces.keys()];
  const K = model.categories.length;

  const z = model.bias.slice();
  let known = 0;
  for (const key of keys) {
    const w = model.weights.get(key);
    if (!w) continue;
    known++;
    for (let c = 0; c < K; c++) z[c] += w[c];
  }
  if (known === 0) return unknown(model);

  // The two views vote in log-odds: a category's regression score plus ASPECT_VIEW_WEIGHT times the
  // log-odds of the probability mass of the aspects it owns. The aspect view picks one topic, so
  // its vote against a category is bounded: "no money to repair the patrol car" is about B3
  // equipment, and still about funding. Each category keeps its own score, so a comment can still
  // switch on two.
  const posterior = aspectPosterior(model, keys);
  const mass = new Array<number>(K).fill(0);
  const primary = primaryOf(model);
  posterior.forEach((p, a) => (mass[primary[a]] += p));
  const scores = z.map((v, c) => 1 / (1 + Math.exp(-(v + aspectVote(mass[c])))));
  // The three best aspects by selection, not a full sort: this runs for every comment.
  const top: number[] = [];
  for (let a = 0; a < posterior.length; a++) {
    let i = top.length;
    while (i > 0 && posterior[top[i - 1]] < posterior[a]) i--;
    if (i < 4) top.splice(i, 0, a);
    if (top.length > 4) top.pop();
  }
  const aspect = model.aspects[top[0]] === NO_ASPECT ? null : model.aspects[top[0]];
  const aspects = top
    .filter((a) => model.aspects[a] !== NO_ASPECT)
    .slice(0, 3)
    .map((a) => ({ aspect: model.aspects[a], score: round(posterior[a]) }));
  // No category is likely and no aspect fits ("暂无", "nothing else"): that is what `other` means.
  const best = Math.max(...scores);
  const other = model.categories.indexOf("other");
  if (aspect === null && best < ON_THRESHOLD) scores[other] = Math.max(scores[other], 1 - best);

  const ranked = model.categories
    .map((category, c) => ({ category, score: round(scores[c]), c }))
    .sort((a, b) => b.score - a.score || a.c - b.c);
  const on = ranked.filter((r, i) => i === 0 || r.score >= ON_THRESHOLD);
  return {
    category: ranked[0].category,
    categories: ranked.map(({ category, score }) => ({ category, score })),
    labels: on.map((r) => r.category),
    aspect,
    aspects,
    evidence: explain(
      model,
      keys,
      surfaces,
      on.map((r) => r.c),
    ),
  };
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

/** Nothing the model knows ("ok", an empty answer): say "other" rather than guess from the priors. */
function unknown(model: Model): Classification {
  const categories = model.categories
    .map((category) => ({ category, score: category === "other" ? 1 : 0 }))
    .sort((a, b) => b.score - a.score);
  return { category: "other", categories, labels: ["other"], aspect: null, aspects: [], evidence: [] };
}

function primaryOf(model: Model): number[] {
  let primary = primaryCache.get(model);
  if (!primary) primaryCache.set(model, (primary = aspectCategoryIndex(model)));
  return primary;
}

/** P(aspect | text) under the naive Bayes model; the last slot is "none". */
function aspectPosterior(model: Model, keys: string[]): number[] {
  const s = model.aspectLogPrior.slice();
  const A = s.length;
  for (const key of keys) {
    const ll = model.aspectLogLik.get(key);
    if (ll) for (let a = 0; a < A; a++) s[a] += ll[a];
  }
  const max = Math.max(...s);
  const exp = s.map((v) => Math.exp(v - max));
  const sum = exp.reduce((t, v) => t + v, 0);
  return exp.map((v) => v / sum);
}

/**
 * The words with the largest positive weight for the "on" categories. The regression weights are
 * the explanation because they are additive: each word's share of the decision is its weight.
 */
function explain(model: Model, keys: string[], surfaces: Map<string, string>, cats: number[]): string[] {
  const contribution = new Map<string, number>();
  for (const key of keys) {
    const w = model.weights.get(key);
    const label = surfaces.get(key);
    if (!w || !label) continue;
    let sum = 0;
    for (const c of cats) sum += w[c];
    contribution.set(label, (contribution.get(label) ?? 0) + sum);
  }
  const ranked = [...contribution].filter(([, v]) => v >= MIN_EVIDENCE_CONTRIBUTION).sort((a, b) => b[1] - a[1]);
  const chosen: string[] = [];
  for (const [label] of ranked) {
    // One entry per idea: "patrol car" covers "patrol", "推诿" covers "推"; keep the longer label.
    const i = chosen.findIndex((c) => c.includes(label) || label.includes(c));
    if (i >= 0) {
      if (label.length > chosen[i].length) chosen[i] = label;
      continue;
    }
    if (chosen.length < MAX_EVIDENCE) chosen.push(label);
  }
  return chosen;
}
