// The model a fresh installation uses: trained at start-up from the shipped examples (well under a
// second), plus any reviewer corrections the app has stored. Server-side only (reads the file system).

import { readFileSync } from "node:fs";
import path from "node:path";
import { parseJsonl, type LabelledExample } from "./dataset";
import { CORRECTION_WEIGHT, train, type Example, type Model } from "./model";

const DEFAULT_TRAIN_FILE = "data/classification/train.jsonl";

export function loadTrainingExamples(file = path.join(process.cwd(), DEFAULT_TRAIN_FILE)): LabelledExample[] {
  return parseJsonl(readFileSync(file, "utf8"), file);
}

/** Shipped examples plus corrections, the corrections counting CORRECTION_WEIGHT times unless set. */
export function trainWithCorrections(shipped: Example[], corrections: Example[] = []): Model {
  return train([...shipped, ...corrections.map((c) => ({ ...c, weight: c.weight ?? CORRECTION_WEIGHT }))]);
}

let cached: Model | undefined;

export interface LoadOptions {
  /** Reviewer corrections; with any, a fresh model is trained instead of the cached one. */
  corrections?: Example[];
  trainFile?: string;
}

export function loadDefaultModel(options: LoadOptions = {}): Model {
  const { corrections = [], trainFile } = options;
  if (corrections.length === 0 && !trainFile && cached) return cached;
  const model = trainWithCorrections(loadTrainingExamples(trainFile), corrections);
  if (corrections.length === 0 && !trainFile) cached = model;
  return model;
}
