// JSON form of a trained model, so the app can store a model retrained from corrections and load it
// without retraining. Aspect counts are stored rather than log tables: they are sparse and exact.

import { finishModel, type Model } from "./model";
import { CATEGORIES, isCategory, type Category } from "./taxonomy";

const MODEL_FORMAT = "listening-portal/classifier";

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  version: 1;
  categories: Category[];
  bias: number[];
  /** feature -> weight per category (categories order). */
  weights: Record<string, number[]>;
  aspects: string[];
  aspectDocs: number[];
  /** feature -> [aspect index, weighted count] pairs for the aspects that saw it. */
  aspectCounts: Record<string, [number, number][]>;
  alpha: number;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

export function serialize(model: Model): SerializedModel {
  const weights: Record<string, number[]> = {};
  for (const [key, vec] of model.weights) weights[key] = Array.from(vec, round);
  const aspectCounts: Record<string, [number, number][]> = {};
  for (const [key, vec] of model.aspectCounts) {
    const pairs: [number, number][] = [];
    vec.forEach((n, a) => {
      if (n !== 0) pairs.push([a, round(n)]);
    });
    aspectCounts[key] = pairs;
  }
  return {
    format: MODEL_FORMAT,
    version: 1,
    categories: [...model.categories],
    bias: model.bias.map(round),
    weights,
    aspects: [...model.aspects],
    aspectDocs: model.aspectDocs.map(round),
    aspectCounts,
    alpha: model.alpha,
  };
}

export function deserialize(input: unknown): Model {
  const s = (typeof input === "string" ? JSON.parse(input) : input) as SerializedModel;
  if (!s || s.format !== MODEL_FORMAT || s.version !== 1) throw new Error("Not a version 1 classifier model");
  // Weight vectors are positional, so a model trained with other categories cannot be reused.
  if (
    s.categories.length !== CATEGORIES.length ||
    !s.categories.every((c, i) => isCategory(c) && c === CATEGORIES[i])
  ) {
    throw new Error("Classifier model was trained with a different category list");
  }
  const K = s.categories.length;
  const A = s.aspects.length;
  const weights = new Map<string, Float64Array>();
  for (const [key, vec] of Object.entries(s.weights)) {
    if (vec.length !== K) throw new Error(`Classifier model: bad weight vector for "${key}"`);
    weights.set(key, Float64Array.from(vec));
  }
  const aspectCounts = new Map<string, Float64Array>();
  for (const [key, pairs] of Object.entries(s.aspectCounts)) {
    const vec = new Float64Array(A);
    for (const [a, n] of pairs) vec[a] = n;
    aspectCounts.set(key, vec);
  }
  return finishModel({
    version: 1,
    categories: [...s.categories],
    bias: [...s.bias],
    weights,
    aspects: [...s.aspects],
    aspectCounts,
    aspectDocs: [...s.aspectDocs],
    alpha: s.alpha,
  });
}
