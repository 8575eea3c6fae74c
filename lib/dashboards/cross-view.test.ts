// The attacker test of the trust contract across views (decision 003). For random organisations
// and answer counts, a reader opens every view the filters allow (every unit subtree, every unit
// type, every role level and service band) and writes down every figure the overview, the
// participation table and the heatmap publish. Each figure is a linear equation over the fine
// cells (unit x role level x service band). Exact elimination over the integers then asks
// whether any hidden figure of 1-4, or any fine cell of 1-4, is determined by all of them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/lib/classification/taxonomy";
import { UNIT_TYPES } from "@/lib/dashboards/filters";
import { buildLikert, type AnswerFine } from "@/lib/dashboards/answers";
import { buildOverview } from "@/lib/dashboards/overview";
import { buildCategories } from "@/lib/dashboards/problems";
import { ScopeProtection } from "@/lib/dashboards/scope-protection";
import type { Fine, Profile } from "@/lib/dashboards/scope-table";
import { isSmall } from "@/lib/dashboards/suppression";
import { count, unitTree } from "@/lib/dashboards/testing/arbitraries";
import { RowSpace } from "@/lib/dashboards/testing/row-space";
import type { Figure, UnitInfo } from "@/lib/dashboards/types";
import { selectUnits, treeOrder } from "@/lib/dashboards/units";
import { checkView, ownByUnit, type View } from "@/lib/dashboards/resolve-view";

const ROLES = ["leader", "officer", ""];
const SERVICES = ["0_5", "15_plus", ""];
const PROFILES: Profile[] = [
  { role: null, service: null },
  { role: "leader", service: null },
  { role: "officer", service: null },
  { role: null, service: "0_5" },
  { role: null, service: "15_plus" },
];
const TOPICS = ["any", ...CATEGORIES.map((c) => `category:${c}`)];

type Organisation = { units: UnitInfo[]; respondents: Fine[]; seminar: Fine[]; topics: Map<string, Fine[]> };

const fineOf = (units: readonly UnitInfo[], roles: readonly string[], services: readonly string[]) =>
  fc
    .array(count, {
      minLength: units.length * roles.length * services.length,
      maxLength: units.length * roles.length * services.length,
    })
    .map((values) =>
      units.flatMap((u, i) =>
        roles.flatMap((role, j) =>
          services.map((service, k): Fine => ({
            unitId: u.id,
            role,
            service,
            value: values[(i * roles.length + j) * services.length + k],
          })),
        ),
      ),
    );

const organisation: fc.Arbitrary<Organisation> = unitTree
  .filter((units) => units.length <= 7)
  .chain((units) =>
    fc
      .tuple(
        fineOf(units, ROLES, SERVICES),
        fineOf(units, ["leader", "officer"], [""]),
        fc.array(fineOf(units, ROLES, SERVICES), { minLength: TOPICS.length, maxLength: TOPICS.length }),
      )
      .map(([respondents, seminar, topics]) => ({
        units,
        respondents,
        seminar,
        topics: new Map(TOPICS.map((t, i) => [t, topics[i]])),
      })),
  );

/** The reader's notebook for one measure: every published figure as an equation. */
class Notebook {
  readonly equations = new Map<string, { vector: bigint[]; value: number }>();
  readonly hiddenSmall = new Map<string, bigint[]>();
  constructor(
    private readonly fine: readonly Fine[],
    private readonly index: Map<string, number>,
  ) {}

  vector(units: ReadonlySet<string>, profile: Profile): { vector: bigint[]; truth: number } {
    const vector = new Array<bigint>(this.index.size).fill(0n);
    let truth = 0;
    for (const f of this.fine) {
      if (!units.has(f.unitId)) continue;
      if (profile.role !== null && f.role !== profile.role) continue;
      if (profile.service !== null && f.service !== profile.service) continue;
      vector[this.index.get(key(f))!] = 1n;
      truth += f.value;
    }
    return { vector, truth };
  }

  record(units: ReadonlySet<string>, profile: Profile, shown: Figure) {
    const { vector, truth } = this.vector(units, profile);
    const id = `${[...units].sort().join(",")}|${profile.role}|${profile.service}`;
    if (shown === null) {
      if (isSmall(truth)) this.hiddenSmall.set(id, vector);
      return;
    }
    expect(shown, "a published figure is the true figure").toBe(truth);
    expect(isSmall(shown), `a figure of ${shown} is published`).toBe(false);
    this.equations.set(id, { vector, value: shown });
  }

  /** Hidden figures of 1-4 and fine cells of 1-4 that the published equations determine. */
  attack(): string[] {
    const space = new RowSpace(this.index.size);
    for (const { vector } of this.equations.values()) space.add(vector);
    const found: string[] = [];
    for (const [id, vector] of this.hiddenSmall) if (space.contains(vector)) found.push(id);
    for (const f of this.fine) {
      if (!isSmall(f.value)) continue;
      const unit = new Array<bigint>(this.index.size).fill(0n);
      unit[this.index.get(key(f))!] = 1n;
      if (space.contains(unit)) found.push(`cell ${key(f)} = ${f.value}`);
    }
    return found;
  }
}

const key = (f: Pick<Fine, "unitId" | "role" | "service">) => `${f.unitId}/${f.role}/${f.service}`;

function notebook(fine: readonly Fine[]): Notebook {
  return new Notebook(fine, new Map(fine.map((f, i) => [key(f), i])));
}

/** Opens every view the filters allow and records what it publishes; returns the views opened. */
function readEverything(
  org: Organisation,
  books: { respondents: Notebook; seminar: Notebook; topics: Map<string, Notebook> },
) {
  const protection = new ScopeProtection({
    units: org.units.map((u) => ({ id: u.id, parentId: u.parentId, type: u.type })),
    respondents: org.respondents,
    seminar: org.seminar,
    topics: org.topics,
  });
  const scope = new Set(org.units.map((u) => u.id));
  let views = 0;
  for (const unit of [null, ...org.units.map((u) => u.id)])
    for (const unitType of [null, ...UNIT_TYPES])
      for (const profile of PROFILES) {
        const picked = selectUnits(org.units, scope, { unit, unitType });
        if (!picked.ok) continue;
        const view = { selection: picked.units, unitFiltered: picked.filtered, blocked: null } as unknown as View;
        const status = checkView(view, profile, org.respondents, protection);
        if (status.kind !== "ok") continue;
        views++;
        const ordered = treeOrder(org.units, picked.units);
        const overview = buildOverview({
          ordered,
          includeNoUnit: false,
          count: (units) => {
            const shown = protection.respondents(units, profile);
            books.respondents.record(units, profile, shown);
            return shown;
          },
          own: ownByUnit(view, org.respondents, profile),
          breakdown: null,
          codes: new Map(),
          seminarPeople: protection.seminarPeople(picked.units, profile),
          sessions: 0,
          withRates: false,
          campaignDay: { current: 1, total: 1, finished: false },
        });
        books.seminar.record(picked.units, profile, overview.seminarPeople);
        expect(status.respondents).toBe(overview.respondents);
        buildCategories(
          ordered.map((r) => r.unit.id),
          (topic, units) => {
            const shown = protection.topic(topic, units, profile);
            books.topics.get(topic)!.record(units, profile, shown);
            return shown;
          },
        );
      }
  return views;
}

describe("protection across every view a reader can open", () => {
  it("leaves no hidden figure of 1-4 determined by all published figures together", () => {
    let views = 0;
    let equations = 0;
    let runs = 0;
    fc.assert(
      fc.property(organisation, (org) => {
        const books = {
          respondents: notebook(org.respondents),
          seminar: notebook(org.seminar),
          topics: new Map([...org.topics].map(([t, fine]) => [t, notebook(fine)])),
        };
        views += readEverything(org, books);
        runs++;
        for (const [name, book] of [
          ["respondents", books.respondents],
          ["seminar", books.seminar],
          ...[...books.topics].map(([t, b]) => [t, b] as const),
        ] as const) {
          equations += book.equations.size;
          expect(book.attack(), `${name}: hidden figures recovered`).toEqual([]);
        }
      }),
      {
        numRuns: Number(process.env.CROSS_VIEW_RUNS ?? 40),
        seed: process.env.CROSS_VIEW_SEED ? Number(process.env.CROSS_VIEW_SEED) : undefined,
      },
    );
    console.info(`cross-view attack: ${runs} organisations, ${views} views, ${equations} distinct published equations`);
  }, 120_000);

  it("protects a Likert question's points and answers together across every view", () => {
    let views = 0;
    let equations = 0;
    const POINTS = 5;
    fc.assert(
      fc.property(
        unitTree
          .filter((units) => units.length <= 6)
          .chain((units) =>
            fc.tuple(
              fc.constant(units),
              fc.array(fineOf(units, ROLES, SERVICES), { minLength: POINTS, maxLength: POINTS }),
            ),
          ),
        ([units, points]) => {
          // Unknowns: every point's fine cells; the answers of a set are the sum over points.
          const cells = points.flatMap((fine, k) => fine.map((f) => ({ ...f, point: k })));
          const index = new Map(cells.map((c, i) => [`${c.point}|${key(c)}`, i]));
          const answers: AnswerFine[] = cells.map((c) => ({ ...c, value: String(c.point + 1), count: c.value }));
          const respondents = points[0].map((f, i) => ({ ...f, value: points.reduce((s, p) => s + p[i].value, 0) }));
          const protection = new ScopeProtection({
            units: units.map((u) => ({ id: u.id, parentId: u.parentId, type: u.type })),
            respondents,
            seminar: [],
            topics: new Map(),
          });
          const space = new RowSpace(cells.length);
          const hiddenSmall: bigint[][] = [];
          const scope = new Set(units.map((u) => u.id));
          const question = {
            key: "q",
            type: "LIKERT" as const,
            prompt: "",
            aspect: null,
            unit: null,
            min: 1,
            max: 5,
            norm: null,
            normLabel: null,
            options: [],
          };
          const vector = (set: ReadonlySet<string>, profile: Profile, only: number | null) => {
            const v = new Array<bigint>(cells.length).fill(0n);
            let truth = 0;
            cells.forEach((c, i) => {
              if (only !== null && c.point !== only) return;
              if (!set.has(c.unitId)) return;
              if (profile.role !== null && c.role !== profile.role) return;
              if (profile.service !== null && c.service !== profile.service) return;
              v[i] = 1n;
              truth += c.value;
            });
            return { v, truth };
          };
          const record = (set: ReadonlySet<string>, profile: Profile, only: number | null, shown: Figure) => {
            const { v, truth } = vector(set, profile, only);
            if (shown === null) {
              if (isSmall(truth)) hiddenSmall.push(v);
              return;
            }
            expect(shown).toBe(truth);
            expect(isSmall(shown)).toBe(false);
            space.add(v);
            equations++;
          };
          for (const unit of [null, ...units.map((u) => u.id)])
            for (const unitType of [null, ...UNIT_TYPES])
              for (const profile of PROFILES) {
                const picked = selectUnits(units, scope, { unit, unitType });
                if (!picked.ok) continue;
                const view = {
                  selection: picked.units,
                  unitFiltered: picked.filtered,
                  blocked: null,
                } as unknown as View;
                if (checkView(view, profile, respondents, protection).kind !== "ok") continue;
                views++;
                const likert = buildLikert(question, answers, { scope: protection, units: picked.units, profile });
                record(picked.units, profile, null, likert.n);
                likert.counts.forEach((c, k) => record(picked.units, profile, k, c));
              }
          for (const v of hiddenSmall) expect(space.contains(v), "a hidden small figure is recovered").toBe(false);
          cells.forEach((c, i) => {
            if (!isSmall(c.value)) return;
            const unit = new Array<bigint>(cells.length).fill(0n);
            unit[i] = 1n;
            expect(space.contains(unit), `cell ${c.point}|${key(c)} = ${c.value} recovered`).toBe(false);
          });
          void index;
        },
      ),
      { numRuns: Number(process.env.CROSS_VIEW_RUNS ?? 40) },
    );
    console.info(`cross-view attack on a Likert question: ${views} views, ${equations} published equations`);
  }, 120_000);

  it("keeps the Nanguan squadron's 2 hidden in the sub-bureau's filtered view (issue 10)", () => {
    const units: UnitInfo[] = [
      { id: "bureau", parentId: null, name: "Bureau", nameZh: "局", type: "BUREAU", headcount: null },
      { id: "nanguan", parentId: "bureau", name: "Nanguan", nameZh: "南关", type: "BRANCH", headcount: null },
      { id: "minkang", parentId: "nanguan", name: "Minkang", nameZh: "民康", type: "STATION", headcount: null },
      { id: "squadron", parentId: "nanguan", name: "Squadron", nameZh: "中队", type: "SQUADRON", headcount: null },
      { id: "other", parentId: "bureau", name: "Other", nameZh: "其他", type: "BRANCH", headcount: null },
    ];
    const cell = (unitId: string, value: number): Fine => ({ unitId, role: "officer", service: "0_5", value });
    const rights = [
      cell("bureau", 0),
      cell("nanguan", 14),
      cell("minkang", 24),
      cell("squadron", 2),
      cell("other", 30),
    ];
    const org: Organisation = {
      units,
      respondents: rights.map((f) => ({ ...f, value: f.value + 10 })),
      seminar: [],
      topics: new Map([["category:rights", rights]]),
    };
    const protection = new ScopeProtection({
      ...org,
      units: units.map((u) => ({ id: u.id, parentId: u.parentId, type: u.type })),
    });
    const any = { role: null, service: null };
    const sub = new Set(["nanguan", "minkang", "squadron"]);
    const shown = {
      squadron: protection.topic("category:rights", new Set(["squadron"]), any),
      nanguan: protection.topic("category:rights", new Set(["nanguan"]), any),
      minkang: protection.topic("category:rights", new Set(["minkang"]), any),
      subtree: protection.topic("category:rights", sub, any),
    };
    expect(shown.squadron).toBeNull();
    // Either a second unit cell or the sub-bureau's total is hidden: never all three published.
    expect([shown.nanguan, shown.minkang, shown.subtree].filter((v) => v === null).length).toBeGreaterThan(0);
  });
});
