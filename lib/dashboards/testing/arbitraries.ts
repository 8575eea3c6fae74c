// fast-check generators for the protection property tests: random unit trees, respondent
// counts that favour the dangerous sizes (0, 1-4, just above 5).
import fc from "fast-check";
import { UNIT_TYPES, type UnitTypeName } from "@/lib/dashboards/filters";
import type { UnitInfo } from "@/lib/dashboards/types";

/** Counts: mostly zero, small, or just over the threshold, sometimes large. */
export const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 60 }) },
);

/** A forest of 1-10 units: each unit's parent is an earlier unit or nobody. */
export const unitTree = fc.integer({ min: 1, max: 10 }).chain((size) =>
  fc
    .tuple(
      fc.array(fc.option(fc.nat(), { nil: null }), { minLength: size, maxLength: size }),
      fc.array(fc.constantFrom(...UNIT_TYPES), { minLength: size, maxLength: size }),
    )
    .map(([parents, types]) =>
      parents.map((parent, i): UnitInfo => ({
        id: `u${i}`,
        parentId: i === 0 || parent === null ? null : `u${parent % i}`,
        name: `Unit ${String(i).padStart(2, "0")}`,
        nameZh: `单位${i}`,
        type: types[i] as UnitTypeName,
        headcount: 40,
      })),
    ),
);
