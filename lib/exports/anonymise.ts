// The anonymising rules of the data exports, pure so they are tested without a database:
// - rows are shuffled with a cryptographic random order (storage order follows submission order);
// - no response id, date or source leaves: nothing that orders or links rows;
// - the breakdown columns (unit, role level, years of service, age band) are coarsened together
//   until every combination of their values in the file is shared by at least MIN_RESPONDENTS rows
//   (`coarsen`), like the dashboards' small-group rule, but for the columns in combination: a
//   unit of 30 with one officer of 30+ years' service would otherwise single him out.
import { randomInt } from "node:crypto";
import { MIN_RESPONDENTS } from "@/lib/dashboards/suppression";

export function shuffled<T>(rows: readonly T[], random: (max: number) => number = randomInt): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Values with fewer than MIN_RESPONDENTS rows become `other`; empty values stay empty. */
function mergeSmallGroups(values: readonly (string | null)[], other: string): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return values.map((v) => (!v ? "" : (counts.get(v) ?? 0) < MIN_RESPONDENTS ? other : v));
}

/** One row's breakdown: the unit first, then the profile bands. `null` = not known. */
export type Breakdown = { unit: string | null; bands: (string | null)[] };

/**
 * The breakdown cells of every row, coarsened so that each combination of them in the file occurs
 * at least `min` times; only the merged bucket (`otherUnits` and every band blank) may be smaller,
 * and only when the whole file has fewer than `min` rows. A cell is either the row's own value or
 * coarse: a unit becomes `otherUnits`, a band becomes blank (as if not answered). Steps:
 * 1. a unit, or a band value, held by fewer than `min` rows anywhere is coarsened at once (this
 *    keeps the bands of a small unit's rows, which may then group with other small units');
 * 2. while some combination is small, its rows lose their last band, then the one before, ..., and
 *    at the end their unit: the bands go first since a unit's figures are what readers look for;
 *    coarsening only moves rows out of small groups into others, so a group of `min` stays one;
 * 3. a merged bucket of 1 to min-1 rows (it would name a small group by elimination) takes rows
 *    from groups that can spare them, else the smallest whole group.
 */
export function coarsen(
  rows: readonly Breakdown[],
  otherUnits: string,
  min: number = MIN_RESPONDENTS,
): { unit: string; bands: string[] }[] {
  const width = Math.max(0, ...rows.map((r) => r.bands.length));
  const units = mergeSmallGroups(
    rows.map((r) => r.unit),
    otherUnits,
  );
  const bandColumns = Array.from({ length: width }, (_, b) =>
    mergeSmallGroups(
      rows.map((r) => r.bands[b] ?? null),
      "",
    ),
  );
  const out = rows.map((_, i) => ({ unit: units[i], bands: bandColumns.map((column) => column[i]) }));
  const keyOf = (r: { unit: string; bands: string[] }) => JSON.stringify([r.unit, ...r.bands]);
  const groups = () => {
    const map = new Map<string, number[]>();
    for (let i = 0; i < out.length; i++) {
      const key = keyOf(out[i]);
      map.set(key, [...(map.get(key) ?? []), i]);
    }
    return map;
  };
  // Step 2: bands from the last to the first, then the unit.
  for (let level = width; level >= 0; level--) {
    for (const members of groups().values()) {
      if (members.length >= min) continue;
      for (const i of members) {
        if (level === 0) out[i].unit = otherUnits;
        else out[i].bands[level - 1] = "";
      }
    }
  }
  // Step 3: the merged bucket, if it exists and is small, grows to `min` (or takes everything).
  const mergedKey = keyOf({ unit: otherUnits, bands: Array(width).fill("") });
  const merge = (i: number) => {
    out[i].unit = otherUnits;
    out[i].bands = Array(width).fill("");
  };
  for (;;) {
    const all = groups();
    const merged = all.get(mergedKey) ?? [];
    if (merged.length === 0 || merged.length >= min) break;
    const others = [...all.entries()].filter(([key]) => key !== mergedKey).map(([, members]) => members);
    if (others.length === 0) break;
    const spare = others.filter((members) => members.length > min).sort((a, b) => b.length - a.length)[0];
    if (spare) merge(spare[0]);
    else others.sort((a, b) => a.length - b.length)[0].forEach(merge);
  }
  return out;
}
