import { describe, expect, it } from "vitest";
import { isNegatedAuxiliary, measure, stem, stripClitic } from "./stem";

const same = (...words: string[]) => new Set(words.map(stem)).size === 1;

describe("stem", () => {
  it("folds the forms of a word to one key", () => {
    expect(same("promotion", "promoted", "promote", "promotions")).toBe(true);
    expect(same("inspections", "inspect", "inspected", "inspecting")).toBe(true);
    expect(same("care", "caring", "cared", "cares")).toBe(true);
    expect(same("file", "files", "filed", "filing")).toBe(true);
    expect(same("equipment", "equipped")).toBe(true);
    expect(same("family", "families")).toBe(true);
    expect(same("apply", "applied", "applies")).toBe(true);
    expect(same("allocation", "allocated", "allocate")).toBe(true);
  });

  it("keeps apart words the old stemmer joined", () => {
    const apart: [string, string][] = [
      ["care", "car"],
      ["caring", "cars"],
      ["station", "stats"],
      ["statement", "station"],
      ["notes", "not"],
      ["none", "non"],
      ["came", "cams"],
      ["cope", "cops"],
      ["site", "sit"],
      ["pile", "pills"],
      ["apps", "apply"],
      ["file", "fill"],
    ];
    for (const [a, b] of apart) expect(stem(a), `${a} / ${b}`).not.toBe(stem(b));
  });

  it("folds British spellings, plurals and derived forms included", () => {
    expect(same("armour", "armor", "armoured")).toBe(true);
    expect(same("neighbours", "neighbors", "neighbour")).toBe(true);
    expect(same("centres", "center", "centre")).toBe(true);
    expect(same("defence", "defense", "defences")).toBe(true);
    expect(same("travelling", "traveling", "travelled", "travel")).toBe(true);
    expect(same("counselling", "counseling")).toBe(true);
    expect(same("apologise", "apologize", "apologising")).toBe(true);
    expect(same("programmes", "programs")).toBe(true);
    expect(same("analyse", "analyze")).toBe(true);
    // tyres are not tired
    expect(stem("tyres")).not.toBe(stem("tired"));
  });

  it("strips a derivational suffix only from a long enough stem", () => {
    expect(stem("family")).toBe("family");
    expect(stem("really")).not.toBe(stem("real"));
    expect(stem("actually")).toBe(stem("actual"));
    expect(stem("station")).toBe("station");
  });
});

describe("measure", () => {
  it("counts vowel-consonant sequences as Porter defines them", () => {
    expect(measure("tr")).toBe(0);
    expect(measure("tree")).toBe(0);
    expect(measure("trouble")).toBe(1);
    expect(measure("oats")).toBe(1);
    expect(measure("troubles")).toBe(2);
    expect(measure("private")).toBe(2);
  });
});

describe("contractions", () => {
  it("recognises negated auxiliaries with or without the apostrophe", () => {
    for (const w of ["can't", "cant", "don't", "dont", "isn't", "won't", "haven't", "wouldnt"]) {
      expect(isNegatedAuxiliary(w), w).toBe(true);
    }
    for (const w of ["cannon", "want", "ant", "didactic"]) expect(isNegatedAuxiliary(w), w).toBe(false);
  });

  it("drops clitics", () => {
    expect(stripClitic("station's")).toBe("station");
    expect(stripClitic("we've")).toBe("we");
    expect(stripClitic("officers'")).toBe("officers");
    expect(stripClitic("they're")).toBe("they");
  });
});
