// The labelled-example file format (data/classification/*.jsonl), parsed strictly so a typo in a
// hand-written label fails loudly instead of silently training on nothing.

import type { Example } from "./model";
import { getAspect, isCategory, type Category } from "./taxonomy";

export type Lang = "en" | "zh";

export interface LabelledExample extends Example {
  aspect: string | null;
  lang: Lang;
}

function parseExample(line: string, where = "line"): LabelledExample {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  const r = raw as Record<string, unknown>;
  if (typeof r !== "object" || r === null) throw new Error(`${where}: expected an object`);
  if (typeof r.text !== "string" || r.text.trim() === "")
    throw new Error(`${where}: "text" must be a non-empty string`);
  if (!Array.isArray(r.categories) || r.categories.length === 0 || !r.categories.every(isCategory)) {
    throw new Error(`${where}: "categories" must be a non-empty list of category ids`);
  }
  const aspect = r.aspect ?? null;
  if (aspect !== null && (typeof aspect !== "string" || !getAspect(aspect))) {
    throw new Error(`${where}: unknown aspect ${JSON.stringify(aspect)}`);
  }
  if (r.lang !== "en" && r.lang !== "zh") throw new Error(`${where}: "lang" must be "en" or "zh"`);
  return { text: r.text, categories: r.categories as Category[], aspect: aspect as string | null, lang: r.lang };
}

export function parseJsonl(content: string, source = "input"): LabelledExample[] {
  return content
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== "")
    .map(([line, n]) => parseExample(line, `${source}:${n}`));
}
