import { describe, expect, it } from "vitest";
import { extractFeatures, isChinese, normalize, stem, tokenize } from "./tokenize";

const keys = (text: string) => extractFeatures(text).map((f) => f.key);

describe("normalize", () => {
  it("folds full-width characters, case and spacing", () => {
    expect(normalize("  ＡＢＣ　１１０  Patrol\tCAR ")).toBe("abc 110 patrol car");
  });

  it("drops the placeholders of masked personal details", () => {
    expect(tokenize("民警［姓名］说［电话］打不通")).toEqual(tokenize("民警说打不通"));
    expect(tokenize("Officer [name] gave me his [phone]")).toEqual(tokenize("Officer gave me his"));
  });
});

describe("Chinese segmentation", () => {
  it("splits a sentence into dictionary words", () => {
    expect(tokenize("派出所民警加班没有补贴")).toEqual(["派出所", "民警", "加班", "没有", "补贴"]);
  });

  it("drops function words", () => {
    const words = tokenize("我们的经费都被挪用了");
    expect(words).toContain("经费");
    expect(words).not.toContain("的");
    expect(words).not.toContain("我们");
  });

  it("adds character bigrams so a word the dictionary splits (中|队) is still one feature", () => {
    expect(tokenize("刑警中队")).not.toContain("中队");
    expect(keys("刑警中队")).toContain("~中队");
  });

  it("shows a bigram inside a longer word as that word, and hides bigrams straddling two words", () => {
    const feats = extractFeatures("派出所没有补贴");
    expect(feats.find((f) => f.key === "~派出")?.surface).toBe("派出所");
    expect(feats.find((f) => f.key === "~有补")?.surface).toBe("");
  });
});

describe("English tokens", () => {
  it("stems the forms of a word to one key", () => {
    expect(new Set(["promotion", "promoted", "promote", "promotions"].map(stem)).size).toBe(1);
    expect(stem("inspections")).toBe(stem("inspect"));
    expect(stem("armour")).toBe(stem("armor"));
    expect(stem("apologise")).toBe(stem("apologize"));
  });

  it("drops stop words and keeps phrases of adjacent content words within a clause", () => {
    const k = keys("The patrol car needs repairs, but money is short.");
    expect(k).toContain("patrol car");
    expect(k).not.toContain("the");
    // The comma ends the clause: no phrase joins "repairs" and "money".
    expect(k.some((x) => x.startsWith("repair ") && x.includes("money"))).toBe(false);
  });

  it("keeps negations only inside phrases, with one key for every plain negation", () => {
    const k = keys("no money for fuel");
    expect(k).toContain("not money");
    expect(k).not.toContain("not");
    expect(extractFeatures("no money").find((f) => f.key === "not money")?.surface).toBe("no money");
    for (const text of ["never paid", "wasn't paid", "not paid", "wasnt paid", "hasn't been paid"]) {
      expect(keys(text), text).toContain(`not ${stem("paid")}`);
    }
  });

  it("reads contractions: the clitic goes, the word stays", () => {
    expect(tokenize("the station's car")).toEqual(tokenize("the station car"));
    expect(tokenize("that's what we've got, it's there")).toEqual([]);
    expect(tokenize("can't find a desk")).toEqual(tokenize("cannot find a desk"));
  });

  it("does not let none, nothing or nobody stand alone", () => {
    expect(tokenize("None.")).toEqual(["none"]);
    expect(keys("None.")).toEqual([]);
    expect(keys("nobody listens")).toEqual([stem("listens"), `nobody ${stem("listens")}`]);
  });

  it("reads phone shorthand as the word it stands for", () => {
    expect(tokenize("5 hrs sleep, HQ ppl pls listen")).toEqual(
      tokenize("5 hours sleep, headquarters people please listen"),
    );
    expect(keys("worked 14 hrs")).toContain("# hour");
  });

  it("reads a number as a quantity of the next word, so 84 hours and seventy hours meet", () => {
    expect(keys("84 hours a week")).toContain("# hour");
    expect(keys("seventy hours a week")).toContain("# hour");
    expect(keys("spent 300-500 yuan")).toContain("# yuan");
    // A bare number is not a feature.
    expect(keys("84 hours a week")).not.toContain("#");
    expect(keys("84 hours a week")).not.toContain("84");
  });

  it("shows a phrase as written, including the stop words between", () => {
    const phrase = extractFeatures("Too many meetings").find((f) => f.key.includes(" "));
    expect(phrase?.surface).toBe("too many meetings");
  });

  it("keeps service numbers (the 110 hotline) and drops long ones (phone numbers)", () => {
    expect(tokenize("call 110 or 13812345678")).toContain("110");
    expect(tokenize("complained to 12345")).toContain("12345");
    expect(tokenize("call 110 or 13812345678")).not.toContain("13812345678");
  });
});

describe("isChinese", () => {
  it("treats a Chinese sentence quoting an acronym as Chinese", () => {
    expect(isChinese("110接警后没人管")).toBe(true);
    expect(isChinese("The 110 centre")).toBe(false);
  });
});
