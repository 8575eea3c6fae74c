// Public API of the classification engine: pure functions over text, no database, no network.
export { CATEGORIES, CATEGORY_TITLES, SECTIONS, ASPECTS, ASPECT_CODES, getAspect, isCategory } from "./taxonomy";
export type { Category, Section, SectionCode, Aspect } from "./taxonomy";
export { normalize, tokenize, extractFeatures, isChinese } from "./tokenize";
export { train, ON_THRESHOLD, CORRECTION_WEIGHT } from "./model";
export type { Example, Model, TrainOptions } from "./model";
export { classify } from "./classify";
export type { Classification, CategoryScore, AspectScore } from "./classify";
export { serialize, deserialize } from "./serialize";
export type { SerializedModel } from "./serialize";
export { parseJsonl, parseExample } from "./dataset";
export type { LabelledExample, Lang } from "./dataset";
export { evaluate } from "./metrics";
export type { Metrics } from "./metrics";
export { detectPii, mask, maskPii } from "./pii";
export type { PiiKind, PiiSpan } from "./pii";
export { loadDefaultModel, loadTrainingExamples, trainWithCorrections, DEFAULT_TRAIN_FILE } from "./default-model";
