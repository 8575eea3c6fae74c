import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterOf, populationOf, unitTree } from "@/lib/dashboards/testing/arbitraries";
import {
  checkPopulation,
  countRespondents,
  type PopulationCell,
  type PopulationFilter,
} from "@/lib/dashboards/population";
import { isSmall } from "@/lib/dashboards/suppression";
import { selectUnits, subtree } from "@/lib/dashboards/units";
import type { UnitInfo } from "@/lib/dashboards/types";
import { UNIT_TYPES } from "@/lib/dashboards/filters";

const cell = (unitId: string, roleLevel: string, serviceYears: string, respondents: number): PopulationCell => ({
  unitId,
  roleLevel,
  serviceYears,
  respondents,
});

describe("checkPopulation", () => {
  const cells = [
    cell("a", "leader", "0_5", 3),
    cell("a", "officer", "0_5", 20),
    cell("b", "officer", "15_plus", 30),
    cell("c", "officer", "0_5", 2),
  ];
  const none: PopulationFilter = { units: null, role: null, service: null };

  it("refuses a filter that matches 1-4 respondents", () => {
    expect(checkPopulation(cells, { ...none, role: "leader" })).toEqual({ ok: false, reason: "small" });
  });

  it("refuses a filter whose complement is 1-4 respondents", () => {
    // "officers" leaves out exactly the 3 leaders: everyone minus officers would name them.
    expect(checkPopulation(cells, { ...none, role: "officer" })).toEqual({ ok: false, reason: "isolates" });
  });

  it("refuses a unit selection that splits the pool of hidden units", () => {
    // Unit c (2 respondents) is hidden; a (23) covers it. Selecting a alone would let
    // "all" - "a" - "b" reveal c.
    expect(checkPopulation(cells, { ...none, units: new Set(["a"]) })).toEqual({ ok: false, reason: "splits" });
    expect(checkPopulation(cells, { ...none, units: new Set(["a", "c"]) }).ok).toBe(true);
  });

  it("accepts the whole scope and reports its size", () => {
    expect(checkPopulation(cells, none)).toEqual({ ok: true, respondents: 55 });
  });
});

/** Every unit selection a user can ask for in this tree: none, each subtree, each type, both. */
function selections(units: readonly UnitInfo[], scope: ReadonlySet<string>) {
  const unitChoices = [null, ...units.map((u) => u.id)];
  const typeChoices = [null, ...UNIT_TYPES];
  return unitChoices.flatMap((unit) => typeChoices.map((unitType) => selectUnits(units, scope, { unit, unitType })));
}

describe("filters over random unit trees", () => {
  it("never shows a population of 1-4, nor one that differs by 1-4 from a wider view", () => {
    fc.assert(
      fc.property(
        unitTree.chain((units) => fc.tuple(fc.constant(units), populationOf(units), filterOf(units))),
        ([units, cells, f]) => {
          const scope = new Set(units.map((u) => u.id));
          const picked = selectUnits(units, scope, f);
          if (!picked.ok) return;
          const filter: PopulationFilter = {
            units: picked.filtered ? picked.units : null,
            role: f.role,
            service: f.service,
          };
          const check = checkPopulation(cells, filter);
          if (!check.ok) return;
          expect(isSmall(check.respondents)).toBe(false);
          for (const wider of [
            { units: null },
            { role: null },
            { service: null },
            { units: null, role: null },
            { units: null, service: null },
            { role: null, service: null },
            { units: null, role: null, service: null },
          ]) {
            expect(isSmall(countRespondents(cells, { ...filter, ...wider }) - check.respondents)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("lets no combination of allowed unit views single out fewer than 5 respondents", () => {
    // Any sum or difference of views is constant on the "atoms": units that every allowed view
    // takes or leaves together. So the atoms must hold 0 or at least 5 respondents.
    fc.assert(
      fc.property(
        unitTree.chain((units) =>
          fc.tuple(
            fc.constant(units),
            populationOf(units),
            fc.constantFrom(null, "leader"),
            fc.constantFrom(null, "0_5"),
          ),
        ),
        ([units, cells, role, service]) => {
          const scope = new Set(units.map((u) => u.id));
          const allowed = selections(units, scope)
            .filter((s) => s.ok)
            .map((s) => (s.filtered ? s.units : null))
            .filter((set) => checkPopulation(cells, { units: set, role, service }).ok);
          const signature = (id: string) => allowed.map((set) => (set === null || set.has(id) ? "1" : "0")).join("");
          const atoms = new Map<string, number>();
          for (const u of units) {
            const n = countRespondents(cells, { units: new Set([u.id]), role, service });
            atoms.set(signature(u.id), (atoms.get(signature(u.id)) ?? 0) + n);
          }
          for (const [atom, n] of atoms) {
            if (!atom.includes("1")) continue; // in no allowed view: never shown
            expect(isSmall(n), `atom ${atom} holds ${n}`).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never selects a unit outside the scope", () => {
    fc.assert(
      fc.property(
        unitTree.chain((units) => fc.tuple(fc.constant(units), fc.subarray(units.map((u) => u.id)), filterOf(units))),
        ([units, scopeIds, f]) => {
          const scope = new Set(scopeIds);
          const picked = selectUnits(units, scope, f);
          if (f.unit !== null && !scope.has(f.unit)) expect(picked.ok).toBe(false);
          if (!picked.ok) return;
          for (const id of picked.units) expect(scope.has(id)).toBe(true);
          if (f.unit !== null) for (const id of picked.units) expect(subtree(units, f.unit)).toContain(id);
        },
      ),
      { numRuns: 300 },
    );
  });
});
