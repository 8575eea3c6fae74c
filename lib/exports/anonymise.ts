// The anonymising rules of the data exports, pure so they are tested without a database:
// - rows are shuffled with a cryptographic random order (storage order follows submission order);
// - no response id, date or source leaves: nothing that orders or links rows;
// - a breakdown value (unit, role level, years of service) held by fewer than MIN_RESPONDENTS
//   responses is replaced by the "other" label, like the dashboards' small-group rule.
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
export function mergeSmallGroups(values: readonly (string | null)[], other: string): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return values.map((v) => (!v ? "" : (counts.get(v) ?? 0) < MIN_RESPONDENTS ? other : v));
}
