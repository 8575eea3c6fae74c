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

describe("stored protection decisions", () => {
  // A bureau and two stations; `s1` respondents at station s1 (3 unless a test changes it).
  const scope = (decided?: ConstructorParameters<typeof ScopeProtection>[1], s1 = 3) =>
    new ScopeProtection(
      {
        units: [
          { id: "b", parentId: null, type: "BUREAU" },
          { id: "s1", parentId: "b", type: "STATION" },
          { id: "s2", parentId: "b", type: "STATION" },
        ],
        respondents: [
          { unitId: "b", role: "", service: "", value: 9 },
          { unitId: "s1", role: "", service: "", value: s1 },
          { unitId: "s2", role: "", service: "", value: 12 },
        ],
        seminar: [],
        topics: new Map(),
      },
      decided,
    );
  const all = new Set(["b", "s1", "s2"]);
  const none = { role: null, service: null };

  it("are reused for the same figures and give the same published figures", () => {
    const first = scope();
    const shown = ["b", "s1", "s2"].map((u) => first.respondents(new Set([u]), none));
    expect(shown[1]).toBeNull(); // 3 respondents
    expect(shown.filter((v) => v === null).length).toBeGreaterThan(1); // and a complement
    expect(first.fresh.size).toBe(1);
    const again = scope(first.fresh);
    expect(["b", "s1", "s2"].map((u) => again.respondents(new Set([u]), none))).toEqual(shown);
    expect(again.respondents(all, none)).toBe(first.respondents(all, none));
    expect(again.fresh.size).toBe(0); // nothing decided anew
  });

  it("are looked up by the figures they were decided on, never applied to other figures", () => {
    const first = scope();
    first.respondents(all, none);
    // A decision stored under the digest publishing everything is ignored once the figures change.
    const publishAll = new Map([...first.fresh].map(([digest, hidden]) => [digest, hidden.map(() => false)]));
    const changed = scope(publishAll, 2);
    expect(changed.respondents(new Set(["s1"]), none)).toBeNull();
    expect(changed.fresh.size).toBe(1);
  });
});

describe("rolled-up answer rows", () => {
  // The dashboard reads a unit's answers for any profile and the scope's per role level and per
  // service band (campaign-reads.ts) instead of every fine cell: every view must come out the same.
  const units = [
    { id: "b", parentId: null, type: "BUREAU" },
    { id: "s1", parentId: "b", type: "STATION" },
    { id: "s2", parentId: "b", type: "STATION" },
  ];
  const roles = ["officer", "leader", ""];
  const services = ["0_5", "5_15"];
  const rollUp = (fine: AnswerFine[]): AnswerFine[] => {
    const sums = new Map<string, AnswerFine>();
    const add = (unitId: string, role: string, service: string, a: AnswerFine) => {
      const key = [unitId, role, service, a.value].join("|");
      const row = sums.get(key) ?? { unitId, role, service, value: a.value, count: 0 };
      row.count += a.count;
      sums.set(key, row);
    };
    for (const a of fine) {
      add(a.unitId, "*", "*", a);
      add("*", a.role, "*", a);
      add("*", "*", a.service, a);
    }
    return [...sums.values()];
  };

  it("give every view the same protected figures as the fine cells", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom("b", "s1", "s2"),
            role: fc.constantFrom(...roles),
            service: fc.constantFrom(...services),
            value: fc.integer({ min: 1, max: 5 }),
            count: fc.integer({ min: 1, max: 9 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (cells) => {
          const fine = cells.map((c) => ({
            unitId: c.unit,
            role: c.role,
            service: c.service,
            value: String(c.value),
            count: c.count,
          }));
          const respondents = fine.map((a) => ({ unitId: a.unitId, role: a.role, service: a.service, value: a.count }));
          const views = [
            { units: new Set(["b", "s1", "s2"]), profile: { role: null, service: null } },
            { units: new Set(["s1"]), profile: { role: null, service: null } },
            { units: new Set(["b", "s1", "s2"]), profile: { role: "officer", service: null } },
            { units: new Set(["b", "s1", "s2"]), profile: { role: null, service: "5_15" } },
          ];
          for (const view of views) {
            const build = (rows: AnswerFine[]) =>
              buildLikert(question("LIKERT"), rows, {
                scope: new ScopeProtection({ units, respondents, seminar: [], topics: new Map() }),
                ...view,
              });
            expect(build(rollUp(fine))).toEqual(build(fine));
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000); // protecting four scopes per run: seconds on a busy 2-core machine
});
