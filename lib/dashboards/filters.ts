// The dashboard's filters live in the URL (shareable, back button works, no client state).
// Anything malformed is dropped rather than trusted: a filter value is never pasted into SQL, but
// "*" and "" are the aggregates' own markers for "any" and "none" and must not be asked for.
import { z } from "zod";
import { CATEGORIES } from "@/lib/classification/taxonomy";
import type { DrillTarget } from "@/lib/dashboards/links";

// Links are built in links.ts (no zod, so client components can use it too).
export { drillQuery, filterQuery, toUnitKey, type DrillTarget } from "@/lib/dashboards/links";

export const UNIT_TYPES = ["BUREAU", "BUREAU_OFFICE", "BRANCH", "DETACHMENT", "STATION", "SQUADRON"] as const;
export type UnitTypeName = (typeof UNIT_TYPES)[number];

export type DashboardFilters = {
  campaign: string | null;
  unit: string | null;
  unitType: UnitTypeName | null;
  role: string | null;
  service: string | null;
};

const id = z.string().regex(/^[0-9a-f-]{36}$/i);
const band = z.string().regex(/^[a-z0-9_]{1,40}$/);

const FIELDS = {
  campaign: id,
  unit: id,
  unitType: z.enum(UNIT_TYPES),
  role: band,
  service: band,
} as const;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseFilters(params: SearchParams): DashboardFilters {
  const pick = <K extends keyof typeof FIELDS>(key: K) => {
    const raw = params[key];
    const parsed = FIELDS[key].safeParse(Array.isArray(raw) ? raw[0] : raw);
    return parsed.success ? (parsed.data as z.infer<(typeof FIELDS)[K]>) : null;
  };
  return {
    campaign: pick("campaign"),
    unit: pick("unit"),
    unitType: pick("unitType"),
    role: pick("role"),
    service: pick("service"),
  };
}

const unitKey = z.string().regex(/^([0-9a-f-]{36}|none)$/i);
const category = z.enum(CATEGORIES);
const aspect = z.string().regex(/^[A-Z][0-9]{1,2}$/);

export function parseDrillTarget(params: SearchParams): DrillTarget | null {
  const get = (key: string) => {
    const raw = params[key];
    return Array.isArray(raw) ? raw[0] : raw;
  };
  const cellUnit = unitKey.safeParse(get("cellUnit"));
  const cat = category.safeParse(get("category"));
  const asp = aspect.safeParse(get("aspect"));
  if (cellUnit.success && cat.success) return { kind: "cell", unitId: fromUnitKey(cellUnit.data), category: cat.data };
  if (cellUnit.success) return { kind: "unit", unitId: fromUnitKey(cellUnit.data) };
  if (cat.success) return { kind: "category", category: cat.data };
  if (asp.success) return { kind: "aspect", aspect: asp.data };
  return null;
}

function fromUnitKey(key: string): string {
  return key === "none" ? "" : key;
}
