import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { classify } from "./classify";
import { parseJsonl, type LabelledExample } from "./dataset";
import { loadDefaultModel, loadTrainingExamples, trainWithCorrections } from "./default-model";
import { byLang, evaluate } from "./metrics";
import type { Model } from "./model";
import { ASPECTS, CATEGORIES } from "./taxonomy";

let trainSet: LabelledExample[];
let evalSet: LabelledExample[];
let model: Model;

beforeAll(() => {
  trainSet = loadTrainingExamples();
  evalSet = parseJsonl(readFileSync("data/classification/eval.jsonl", "utf8"), "eval.jsonl");
  model = loadDefaultModel();
});

function bigrams(text: string): Set<string> {
  const t = text.toLowerCase().replace(/[\s\p{P}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

describe("shipped examples", () => {
  it("cover every aspect and category in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const set = trainSet.filter((e) => e.lang === lang);
      for (const a of ASPECTS)
        expect(set.filter((e) => e.aspect === a.code).length, `${lang} ${a.code}`).toBeGreaterThanOrEqual(3);
      for (const c of CATEGORIES)
        expect(
          set.some((e) => e.categories.includes(c)),
          `${lang} ${c}`,
        ).toBe(true);
    }
  });

  it("label each aspect with its primary category", () => {
    for (const e of [...trainSet, ...evalSet]) {
      const primary = ASPECTS.find((a) => a.code === e.aspect)?.category ?? "other";
      expect(e.categories, e.text).toContain(primary);
    }
  });

  it("keep the evaluation set apart: at least 150 texts per language, none copied or paraphrased closely", () => {
    const sets = byLang(evalSet);
    expect(sets.zh.length).toBeGreaterThanOrEqual(150);
    expect(sets.en.length).toBeGreaterThanOrEqual(150);
    // Character-bigram Jaccard similarity against every training text, via an inverted index.
    const trainSizes = trainSet.map((e) => bigrams(e.text).size);
    const postings = new Map<string, number[]>();
    trainSet.forEach((e, i) => {
      for (const g of bigrams(e.text)) postings.set(g, [...(postings.get(g) ?? []), i]);
    });
    for (const e of evalSet) {
      const g = bigrams(e.text);
      const shared = new Map<number, number>();
      for (const x of g) for (const i of postings.get(x) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      for (const [i, n] of shared) {
        expect(n / (g.size + trainSizes[i] - n), `${e.text} ~ ${trainSet[i].text}`).toBeLessThan(0.5);
      }
    }
  }, 30_000);
});

describe("default model", () => {
  it.each([
    ["食堂饭菜太差，浴室也没有热水", "equipment", "D8"],
    ["一个社区民警要管四千多户，人手严重不足", "staffing", "F1"],
    ["培训内容太陈旧，跟实际工作脱节", "training", "E1"],
    ["醉汉在值班室打伤了民警，最后不了了之", "rights", "A1"],
    ["上级检查组一个月来了五次，台账准备不完", "workload", "D4"],
    ["The canteen food is terrible and the showers have no hot water", "equipment", "D8"],
    ["The training materials are outdated and not practical for our work", "training", "E1"],
    ["We worked every weekend this year without any overtime pay", "rights", "A2"],
  ])("classifies %s", (text, category, aspect) => {
    const r = classify(model, text);
    expect(r.category).toBe(category);
    expect(r.aspect).toBe(aspect);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it.each(["no money to repair the patrol car", "巡逻车坏了没钱修"])(
    "scores both funding and equipment high for %s",
    (text) => {
      expect(classify(model, text).labels).toEqual(expect.arrayContaining(["funding", "equipment"]));
    },
  );

  it("stays well above chance on the unseen evaluation texts (the real floors are in eval-classifier)", () => {
    const sets = byLang(evalSet);
    expect(evaluate(model, sets.zh).accuracy).toBeGreaterThan(0.8);
    expect(evaluate(model, sets.en).accuracy).toBeGreaterThan(0.75);
  });
});

describe("learning from reviewer corrections", () => {
  it("changes later predictions on similar text", () => {
    const corrections = [
      { text: "警犬队的犬舍年久失修，冬天警犬冻得生病。", categories: ["equipment" as const], aspect: "B3" },
      {
        text: "Officers were sent to sing karaoke at the mayor's banquet again.",
        categories: ["workload" as const],
        aspect: "B6",
      },
    ];
    const similar = [
      { text: "犬舍漏风，警犬又冻病了两条。", category: "equipment", aspect: "B3" },
      {
        text: "Karaoke at the banquet for the mayor took two officers all evening.",
        category: "workload",
        aspect: "B6",
      },
    ];
    const corrected = trainWithCorrections(trainSet, corrections);
    for (const s of similar) {
      const before = classify(model, s.text);
      expect(before.category === s.category && before.aspect === s.aspect).toBe(false);
      const after = classify(corrected, s.text);
      expect(after.category).toBe(s.category);
      expect(after.aspect).toBe(s.aspect);
    }
  });

  it("leaves unrelated predictions alone", () => {
    const corrected = trainWithCorrections(trainSet, [
      { text: "警犬队的犬舍年久失修，冬天警犬冻得生病。", categories: ["equipment"], aspect: "B3" },
    ]);
    for (const text of ["培训内容太陈旧", "Too many meetings every week", "提拔不透明"]) {
      expect(classify(corrected, text).category).toBe(classify(model, text).category);
    }
  });
});
