import { describe, expect, it } from "vitest";
import { classify } from "./classify";
import { CORRECTION_WEIGHT, ON_THRESHOLD, train, type Example } from "./model";
import { deserialize, serialize } from "./serialize";
import { CATEGORIES } from "./taxonomy";

// A tiny hand-made training set: the mechanics are tested here; quality is tested on the shipped
// data in default-model.test.ts.
const examples: Example[] = [
  { text: "培训内容陈旧，跟实际脱节", categories: ["training"], aspect: "E1" },
  { text: "The training course was far too short", categories: ["training"], aspect: "E2" },
  { text: "一周开了六个会，文件太多", categories: ["workload"], aspect: "D2" },
  { text: "Too many meetings and circulars every week", categories: ["workload"], aspect: "D2" },
  { text: "办案经费不足，案子没钱查", categories: ["funding"], aspect: "B2" },
  { text: "警车太少，对讲机坏了", categories: ["equipment"], aspect: "B3" },
  { text: "没有意见", categories: ["other"], aspect: null },
];
const model = train(examples);

describe("classify", () => {
  it("ranks every category with a score between 0 and 1, best first", () => {
    const r = classify(model, "培训时间太短，内容也不实用");
    expect(r.categories.map((c) => c.category).sort()).toEqual([...CATEGORIES].sort());
    for (const c of r.categories) expect(c.score).toBeGreaterThanOrEqual(0);
    for (const c of r.categories) expect(c.score).toBeLessThanOrEqual(1);
    const scores = r.categories.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.category).toBe(r.categories[0].category);
    expect(r.category).toBe("training");
  });

  it("knows the lexicon before seeing any example", () => {
    const empty = train([]);
    expect(classify(empty, "办案经费严重不足，没钱外出取证").category).toBe("funding");
    expect(classify(empty, "Not enough patrol cars and the radios are broken").category).toBe("equipment");
    expect(classify(empty, "后备干部的学历要求太高，提拔不透明").category).toBe("staffing");
  });

  it("learns words the lexicon does not know from examples", () => {
    const text = "the zorblax sessions are useless";
    expect(classify(model, text).category).not.toBe("training");
    const taught = train([
      ...examples,
      { text: "zorblax sessions every month", categories: ["training"], aspect: "E3" },
    ]);
    expect(classify(taught, text).category).toBe("training");
    expect(classify(taught, text).aspect).toBe("E3");
  });

  it("is multi-label: one comment can switch on two categories", () => {
    const taught = train([
      ...examples,
      { text: "The station has no money left for fuel or bills", categories: ["funding"], aspect: "B2" },
      { text: "The patrol car has been broken for weeks", categories: ["equipment"], aspect: "B3" },
      {
        text: "No money to fix the patrol car, so it sits in the yard",
        categories: ["funding", "equipment"],
        aspect: "B2",
      },
    ]);
    const r = classify(taught, "The radios are broken and there is no money to replace them");
    expect(r.labels).toEqual(expect.arrayContaining(["funding", "equipment"]));
    for (const c of ["funding", "equipment"]) {
      expect(r.categories.find((x) => x.category === c)!.score).toBeGreaterThanOrEqual(ON_THRESHOLD);
    }
    expect(r.labels).not.toContain("training");
  });

  it("lists as evidence the words that decided, as written in the text", () => {
    const r = classify(model, "今年的办案经费又被砍了一半");
    expect(r.category).toBe("funding");
    expect(r.evidence).toContain("经费");
    for (const e of r.evidence) expect(normalizeForSearch("今年的办案经费又被砍了一半")).toContain(e);
    const en = classify(model, "Endless meetings, no time for patrols");
    expect(en.evidence.some((e) => e.includes("meetings"))).toBe(true);
  });

  it("predicts an aspect, or null for text that fits none", () => {
    expect(classify(model, "The course was short and out of date").aspect).toMatch(/^E[12]$/);
    const none = classify(model, "没有意见");
    expect(none.aspect).toBeNull();
    expect(none.category).toBe("other");
  });

  it("calls text it has no features for `other`, with no aspect and no evidence", () => {
    for (const text of ["", "   ", "ok", "!!!"]) {
      const r = classify(model, text);
      expect(r).toMatchObject({ category: "other", aspect: null, evidence: [], labels: ["other"] });
    }
  });
});

describe("train", () => {
  it("is deterministic", () => {
    const again = train(examples);
    expect(classify(again, "会太多了").categories).toEqual(classify(model, "会太多了").categories);
  });

  it("lets a weighted correction outvote a conflicting example", () => {
    const text = "犬舍年久失修";
    const conflicting: Example[] = [
      ...examples,
      { text, categories: ["funding"], aspect: "B2" },
      { text, categories: ["equipment"], aspect: "B3", weight: CORRECTION_WEIGHT },
    ];
    expect(classify(train(conflicting), text).category).toBe("equipment");
    expect(classify(train(conflicting), text).aspect).toBe("B3");
  });

  it("rejects an unknown aspect code", () => {
    expect(() => train([{ text: "x", categories: ["other"], aspect: "Z9" }])).toThrow(/Z9/);
  });
});

describe("serialize", () => {
  it("round-trips through JSON without changing any prediction", () => {
    const restored = deserialize(JSON.parse(JSON.stringify(serialize(model))));
    for (const text of ["培训内容陈旧", "Too many meetings", "警车坏了没钱修", "没有意见"]) {
      expect(classify(restored, text)).toEqual(classify(model, text));
    }
  });

  it("accepts the JSON string itself", () => {
    const restored = deserialize(JSON.stringify(serialize(model)));
    expect(classify(restored, "经费不足").category).toBe("funding");
  });

  it("refuses other files and models trained with another category list", () => {
    expect(() => deserialize({ hello: "world" })).toThrow(/classifier model/);
    const s = serialize(model);
    expect(() => deserialize({ ...s, categories: [...s.categories].reverse() })).toThrow(/category list/);
  });
});

function normalizeForSearch(text: string): string {
  return text.toLowerCase();
}
