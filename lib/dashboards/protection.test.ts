// Question figures on the pure pipeline: whatever a question's chart publishes must hide every
// count from 1-4 answers and let no hidden count be worked out from the published ones and the
// number of answers (which a reader may know: a required question's answers are its respondents).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChoice, buildLikert, type AnswerFine, type QuestionInfo } from "@/lib/dashboards/answers";
import { ScopeProtection } from "@/lib/dashboards/scope-protection";
import { isSmall } from "@/lib/dashboards/suppression";
import { count } from "@/lib/dashboards/testing/arbitraries";
import { recoverable } from "@/lib/dashboards/testing/oracle";

const question = (type: QuestionInfo["type"], options: string[] = []): QuestionInfo => ({
  key: "q",
  type,
  prompt: "",
  aspect: null,
  unit: null,
  min: 1,
  max: 5,
  norm: null,
  normLabel: null,
  options: options.map((value) => ({ value, label: value })),
});

const ctx = () => ({
  scope: new ScopeProtection({
    units: [{ id: "u", parentId: null, type: "STATION" }],
    respondents: [],
    seminar: [],
    topics: new Map(),
  }),
  units: new Set(["u"]),
  profile: { role: null, service: null },
});
const answer = (value: string, n: number): AnswerFine => ({ unitId: "u", role: "", service: "", value, count: n });

/** Counts published with their total (the answers): no small count shown, none recoverable. */
function expectProtected(counts: number[], shown: (number | null)[], n: number | null) {
  const total = counts.reduce((a, b) => a + b, 0);
  if (n !== null) expect(n).toBe(total);
  counts.forEach((c, i) => {
    if (shown[i] !== null) expect(shown[i]).toBe(c);
    if (isSmall(c)) expect(shown[i], `a count of ${c} is published`).toBeNull();
  });
  const values = [total, ...counts];
  const hidden = [n === null, ...shown.map((v) => v === null)];
  const small = recoverable([{ total: 0, parts: counts.map((_, i) => i + 1) }], hidden).filter((i) =>
    isSmall(values[i]),
  );
  expect(small).toEqual([]);
}

describe("the published question figures", () => {
  it("hides small Likert counts and anything that would give them away", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 5, maxLength: 5 }), (counts) => {
        const likert = buildLikert(
          question("LIKERT"),
          counts.map((c, i) => answer(String(i + 1), c)),
          ctx(),
        );
        expectProtected(counts, likert.counts, likert.n);
        if (likert.n !== null) expect(isSmall(likert.hidden)).toBe(false);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("shows single-choice counts and shares, protected against the answers", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 3, maxLength: 3 }), (counts) => {
        const options = ["a", "b", "c"];
        const n = counts.reduce((x, y) => x + y, 0);
        const choice = buildChoice(
          question("SINGLE_CHOICE", options),
          counts.map((c, i) => answer(options[i], c)),
          [answer("", n)],
          ctx(),
        );
        expectProtected(
          counts,
          choice.options.map((o) => o.count),
          choice.n,
        );
        for (const o of choice.options) if (o.count !== null && choice.n) expect(o.share).toBe(o.count / choice.n);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("gives multiple-choice shares of respondents and hides an option that too few did not choose", () => {
    // 12 answered; 10 chose radios (so 2 did not: radios must be hidden), 6 chose vehicles.
    const choice = buildChoice(
      question("MULTI_CHOICE", ["radios", "vehicles"]),
      [answer("radios", 10), answer("vehicles", 6)],
      [answer("", 12)],
      ctx(),
    );
    expect(choice.n).toBe(12);
    expect(choice.options.map((o) => o.count)).toEqual([null, 6]);
    expect(choice.options[1].share).toBe(0.5);
  });
});
