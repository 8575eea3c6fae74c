// A transparent multi-label classifier made of two views of the same features (words, phrases and
// Chinese character bigrams), both cheap enough to retrain on every reviewer correction:
// 1. Categories: one logistic regression per category (one-vs-rest). Each weight is pulled towards
//    a hand-written lexicon prior instead of towards zero, so lexicon words count even when no
//    labelled example used them, and examples can still overrule the lexicon. Every category is
//    judged on its own: "no money to repair the patrol car" can be funding and equipment at once.
// 2. Aspects: a multinomial naive Bayes over the 37 aspects and "none", with the aspect lexicon as
//    pseudo-counts. classify.ts lets a confident aspect vouch for its primary category: on text
//    unlike the examples (new scenarios written after the model was tuned) that fixed a third of
//    the category errors, because the aspects are narrow topics a few words identify.

import { ASPECT_LEXICON, CATEGORY_LEXICON, GENERIC_TERMS } from "./lexicon";
import { ASPECTS, CATEGORIES, getAspect, type Category } from "./taxonomy";
import { extractFeatures } from "./tokenize";

export interface Example {
  text: string;
  categories: Category[];
  aspect?: string | null;
  /** How much this example counts; reviewer corrections use CORRECTION_WEIGHT. Default 1. */
  weight?: number;
}

/** A category is "on" (one of the text's labels) when its score reaches this; the top one always is. */
export const ON_THRESHOLD = 0.5;
/**
 * How much the aspect view's log-odds count next to the regression's when the two are added
 * (classify.ts). Chosen by cross-validation, interleaved and by blocks (scripts/eval-classifier.ts).
 */
export const ASPECT_VIEW_WEIGHT = 0.75;
// Bounds of the aspect view's log-odds (mass 0.12 to 0.95), chosen by cross-validation.
const ASPECT_VOTE_MIN = -2;
const ASPECT_VOTE_MAX = 3;

/** The aspect view's vote for a category, in log-odds: its bounded logit, times ASPECT_VIEW_WEIGHT. */
export function aspectVote(mass: number): number {
  const m = Math.min(Math.max(mass, 1e-9), 1 - 1e-9);
  return ASPECT_VIEW_WEIGHT * Math.min(Math.max(Math.log(m / (1 - m)), ASPECT_VOTE_MIN), ASPECT_VOTE_MAX);
}
/** A reviewer's correction counts as this many shipped examples. */
export const CORRECTION_WEIGHT = 4;

export interface TrainOptions {
  epochs?: number;
  /** Pull of each weight towards its prior (L2 strength). */
  l2?: number;
  learningRate?: number;
  /** Prior weight of a lexicon term for its category. */
  lexiconPrior?: number;
  /** Pseudo-count of an aspect lexicon term in the naive Bayes counts. */
  aspectLexiconCount?: number;
  /** Naive Bayes smoothing. */
  alpha?: number;
  seed?: number;
}

// Chosen by cross-validation on the training examples (scripts/eval-classifier.ts --cv) and on a
// development set that is now part of train.jsonl; eval.jsonl was never used to choose them.
const DEFAULTS: Required<TrainOptions> = {
  epochs: 8,
  l2: 0.02,
  learningRate: 0.5,
  lexiconPrior: 3,
  aspectLexiconCount: 4,
  alpha: 1,
  seed: 1,
};

export const NO_ASPECT = "";

export interface Model {
  version: 1;
  categories: Category[];
  bias: number[];
  /** feature -> one weight per category, in `categories` order. */
  weights: Map<string, Float64Array>;
  /** Aspect codes with NO_ASPECT last. */
  aspects: string[];
  aspectLogPrior: number[];
  /** feature -> log P(feature | aspect), per aspect. */
  aspectLogLik: Map<string, Float64Array>;
  /** Raw (weighted) counts, kept so the model can be serialised and retrained. */
  aspectCounts: Map<string, Float64Array>;
  aspectDocs: number[];
  alpha: number;
}

const K = CATEGORIES.length;

function distinctKeys(text: string): string[] {
  return [...new Set(extractFeatures(text).map((f) => f.key))];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// The lexicon is static, so its terms are tokenised once per process, not on every retrain.
let lexiconCache: { category: number; keys: string[] }[] | undefined;
function categoryTerms() {
  lexiconCache ??= CATEGORIES.flatMap((category, c) =>
    CATEGORY_LEXICON[category].map((term) => ({
      category: c,
      keys: distinctKeys(term).filter((k) => !GENERIC_TERMS.has(k)),
    })),
  );
  return lexiconCache;
}
let aspectTermCache: { code: string; keys: string[] }[] | undefined;
function aspectTerms() {
  aspectTermCache ??= Object.entries(ASPECT_LEXICON).flatMap(([code, terms]) =>
    terms.map((term) => ({ code, keys: distinctKeys(term).filter((k) => !GENERIC_TERMS.has(k)) })),
  );
  return aspectTermCache;
}

/** Interns feature keys as row numbers of flat weight arrays (the training loop's hot path). */
class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.ids.set(key, i);
      this.keys.push(key);
    }
    return i;
  }
}

interface Prepared {
  keys: string[];
  ids: Int32Array;
  labels: Float64Array;
  aspect: number;
  weight: number;
}

export function train(examples: Example[], options: TrainOptions = {}): Model {
  const opt = { ...DEFAULTS, ...options };
  const aspects = [...ASPECTS.map((a) => a.code), NO_ASPECT];
  const aspectIndex = new Map(aspects.map((a, i) => [a, i]));
  const index = new FeatureIndex();

  // Prior weights: a multi-word term spreads its prior over its features so it is not worth more
  // than a single word; a feature in several terms keeps its strongest prior per category.
  const priorEntries: [number, number, number][] = [];
  for (const { category, keys } of categoryTerms()) {
    const p = opt.lexiconPrior / Math.sqrt(keys.length);
    for (const key of keys) priorEntries.push([index.id(key), category, p]);
  }
  const data: Prepared[] = examples.map((ex) => {
    const labels = new Float64Array(K);
    for (const c of ex.categories) labels[CATEGORIES.indexOf(c)] = 1;
    const aspect = aspectIndex.get(ex.aspect ?? NO_ASPECT);
    if (aspect === undefined) throw new Error(`Unknown aspect code: ${ex.aspect}`);
    const keys = distinctKeys(ex.text);
    return { keys, ids: Int32Array.from(keys, (k) => index.id(k)), labels, aspect, weight: ex.weight ?? 1 };
  });

  const V = index.keys.length;
  const prior = new Float64Array(V * K);
  for (const [id, c, p] of priorEntries) prior[id * K + c] = Math.max(prior[id * K + c], p);
  const w = prior.slice();
  const gradSq = new Float64Array(V * K).fill(1e-8);
  const totalWeight = data.reduce((s, d) => s + d.weight, 0) || 1;
  const bias = CATEGORIES.map((_, c) => {
    const pos = data.reduce((s, d) => s + d.labels[c] * d.weight, 0);
    const rate = Math.min(Math.max(pos / totalWeight, 0.01), 0.99);
    return Math.log(rate / (1 - rate));
  });
  const biasGradSq = new Float64Array(K).fill(1e-8);

  // Logistic regression by AdaGrad SGD. Features are binary (present or not): a word repeated in
  // one comment is not more evidence. L2 pulls each weight towards its prior, not towards zero.
  const { learningRate: lr, l2 } = opt;
  const random = mulberry32(opt.seed);
  const order = data.map((_, i) => i);
  const z = new Float64Array(K);
  const err = new Float64Array(K);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const ex = data[n];
      for (let c = 0; c < K; c++) z[c] = bias[c];
      for (const id of ex.ids) for (let c = 0, b = id * K; c < K; c++) z[c] += w[b + c];
      for (let c = 0; c < K; c++) {
        err[c] = (sigmoid(z[c]) - ex.labels[c]) * ex.weight;
        biasGradSq[c] += err[c] * err[c];
        bias[c] -= (lr * err[c]) / Math.sqrt(biasGradSq[c]);
      }
      for (const id of ex.ids) {
        for (let c = 0, b = id * K; c < K; c++) {
          const g = err[c] + l2 * (w[b + c] - prior[b + c]);
          gradSq[b + c] += g * g;
          w[b + c] -= (lr * g) / Math.sqrt(gradSq[b + c]);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  index.keys.forEach((key, id) => weights.set(key, w.slice(id * K, id * K + K)));

  const A = aspects.length;
  const aspectCounts = new Map<string, Float64Array>();
  const aspectDocs = new Array<number>(A).fill(0);
  const count = (key: string, a: number, n: number) => {
    let vec = aspectCounts.get(key);
    if (!vec) aspectCounts.set(key, (vec = new Float64Array(A)));
    vec[a] += n;
  };
  for (const ex of data) {
    aspectDocs[ex.aspect] += ex.weight;
    for (const key of ex.keys) count(key, ex.aspect, ex.weight);
  }
  for (const { code, keys } of aspectTerms()) {
    const a = aspectIndex.get(code);
    if (a !== undefined) for (const key of keys) count(key, a, opt.aspectLexiconCount);
  }
  return finishModel({
    version: 1,
    categories: [...CATEGORIES],
    bias,
    weights,
    aspects,
    aspectCounts,
    aspectDocs,
    alpha: opt.alpha,
  });
}

/** Derives the naive Bayes log tables from the counts (after training or deserialising). */
export function finishModel(m: Omit<Model, "aspectLogPrior" | "aspectLogLik">): Model {
  const A = m.aspects.length;
  const totals = new Float64Array(A);
  for (const vec of m.aspectCounts.values()) for (let a = 0; a < A; a++) totals[a] += vec[a];
  const V = m.aspectCounts.size;
  const docs = m.aspectDocs.reduce((s, d) => s + d, 0);
  const aspectLogPrior = m.aspectDocs.map((d) => Math.log((d + 1) / (docs + A)));
  const aspectLogLik = new Map<string, Float64Array>();
  for (const [key, vec] of m.aspectCounts) {
    const ll = new Float64Array(A);
    for (let a = 0; a < A; a++) ll[a] = Math.log((vec[a] + m.alpha) / (totals[a] + m.alpha * V));
    aspectLogLik.set(key, ll);
  }
  return { ...m, aspectLogPrior, aspectLogLik };
}

/** Primary category of each aspect slot; "none" counts towards `other`. */
export function aspectCategoryIndex(model: Model): number[] {
  return model.aspects.map((code) => {
    const category = code === NO_ASPECT ? "other" : (getAspect(code)?.category ?? "other");
    return model.categories.indexOf(category);
  });
}
