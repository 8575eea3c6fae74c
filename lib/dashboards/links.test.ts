import { describe, expect, it } from "vitest";
import { parseDrillTarget, parseFilters } from "@/lib/dashboards/filters";
import { drillQuery, evidenceHref, filterQuery, type DrillTarget } from "@/lib/dashboards/links";

const filters = parseFilters({
  campaign: "0b6c4d2e-8f1a-4c3b-9d2e-7a6b5c4d3e2f",
  unitType: "STATION",
  role: "officer",
  service: "5_15",
});
const unitId = "d9b2a0f1-d603-4307-8c41-4dddc32adda0";

describe("dashboard links", () => {
  it("write the same query string URLSearchParams would, without empty filters", () => {
    expect(filterQuery(filters)).toBe(
      `?${new URLSearchParams({ campaign: filters.campaign!, unitType: "STATION", role: "officer", service: "5_15" })}`,
    );
    expect(filterQuery(parseFilters({}))).toBe("");
    expect(filterQuery(parseFilters({}), { aspect: "B1" })).toBe("?aspect=B1");
  });

  it("lead back to the same filters and target", () => {
    const targets: DrillTarget[] = [
      { kind: "cell", unitId, category: "workload" },
      { kind: "cell", unitId: "", category: "rights" },
      { kind: "unit", unitId },
      { kind: "category", category: "funding" },
      { kind: "aspect", aspect: "B1" },
    ];
    for (const target of targets) {
      const params = Object.fromEntries(new URLSearchParams(drillQuery(filters, target)));
      expect(parseFilters(params)).toEqual(filters);
      expect(parseDrillTarget(params)).toEqual(target);
    }
    expect(evidenceHref(filters, { kind: "aspect", aspect: "B1" })).toBe(
      `/dashboards/evidence${drillQuery(filters, { kind: "aspect", aspect: "B1" })}`,
    );
  });
});
