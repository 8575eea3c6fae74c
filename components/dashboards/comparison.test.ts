import { createElement, type ComponentProps } from "react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CampaignComparison } from "@/components/dashboards/CampaignComparison";
import type { ComparisonData } from "@/lib/dashboards/comparison";
import { changeRow, compareFigures, likertMean } from "@/lib/dashboards/comparison-figures";
import { parseFilters } from "@/lib/dashboards/filters";
import type { AspectRow, DashboardData } from "@/lib/dashboards/types";
import enClassification from "@/messages/en/classification.json";
import enComparison from "@/messages/en/comparison.json";
import enDashboards from "@/messages/en/dashboards.json";
import enExports from "@/messages/en/exports.json";
import zhClassification from "@/messages/zh/classification.json";
import zhComparison from "@/messages/zh/comparison.json";
import zhDashboards from "@/messages/zh/dashboards.json";
import zhExports from "@/messages/zh/exports.json";

// The comparison's pure rules (a change only between two published figures; a Likert mean only
// from published points) and what the component draws from them in both languages.

describe("changeRow", () => {
  it("computes a change only when both sides are published, and says which side is hidden", () => {
    expect(changeRow("B1", 0.5, 0.25)).toEqual({ key: "B1", current: 0.5, earlier: 0.25, change: 0.25, why: null });
    expect(changeRow("B1", 0.5, null)).toMatchObject({ change: null, why: "earlierHidden" });
    expect(changeRow("B1", null, 0.25)).toMatchObject({ change: null, why: "currentHidden" });
    expect(changeRow("B1", null, null)).toMatchObject({ change: null, why: "bothHidden" });
    expect(changeRow("hours", 12, 11, "notAskedEarlier")).toMatchObject({ change: null, why: "notAskedEarlier" });
  });
});

describe("likertMean", () => {
  it("is the mean of the published points, and nothing when any point is hidden", () => {
    // 2x1 + 3x2 + 5x3 + 0x4 + 10x5 = 73 over 20.
    expect(likertMean(20, [2, 3, 5, 0, 10])).toBeCloseTo(73 / 20);
    // Two hidden points with the number of answers: a mean would solve them.
    expect(likertMean(20, [null, null, 5, 5, 5])).toBeNull();
    expect(likertMean(null, [2, 3, 5, 0, 10])).toBeNull();
    expect(likertMean(0, [0, 0, 0, 0, 0])).toBeNull();
  });
});

const aspect = (code: string, people: number | null): AspectRow => ({
  code,
  section: code[0],
  category: "workload",
  titleEn: `Aspect ${code}`,
  titleZh: `方面 ${code}`,
  people,
  share: null,
  severity: null,
  answersQuotable: false,
});

type Side = Parameters<typeof compareFigures>[0];
const side = (reached: number | null, aspects: AspectRow[], workload: number | null, likert: (number | null)[]): Side => ({
  overview: { reached } as DashboardData["overview"],
  categories: { any: null, rows: [], totals: [{ category: "workload", value: workload, share: null }] },
  aspects,
  numbers: [],
  likert: [{ key: "fair", prompt: "Assessment is fair", aspect: "C3", n: 20, counts: likert, hidden: 0 }],
});

describe("compareFigures", () => {
  const now = side(40, [aspect("B1", 20), aspect("D2", null), aspect("C3", 8)], 30, [2, 3, 5, 0, 10]);
  const then = side(50, [aspect("B1", 15), aspect("D2", 10), aspect("C3", 8)], null, [null, null, 10, 5, 5]);
  const f = compareFigures(now, then, new Set(["B1", "D2", "C3"]));

  it("compares shares of the people heard on the aspects both campaigns use, in code order", () => {
    expect(f.heard).toEqual({ current: 40, earlier: 50 });
    expect(f.aspects.map((a) => a.key)).toEqual(["B1", "C3", "D2"]);
    expect(f.aspects[0]).toMatchObject({ current: 0.5, earlier: 0.3, people: { current: 20, earlier: 15 } });
    expect(f.aspects[0].change).toBeCloseTo(0.2);
    expect(f.aspects[2]).toMatchObject({ current: null, earlier: 0.2, change: null, why: "currentHidden" });
    expect(f.categories[0]).toMatchObject({ key: "workload", current: 0.75, earlier: null, change: null, why: "earlierHidden" });
    expect(f.means[0]).toMatchObject({ key: "fair", kind: "likert", earlier: null, why: "earlierHidden" });
    expect(compareFigures(now, then, new Set(["B1"])).aspects.map((a) => a.key)).toEqual(["B1"]);
  });

  it("leaves out questions on aspects the other campaign does not use", () => {
    expect(compareFigures(now, then, new Set(["B1"])).means).toEqual([]);
  });
});

function render(comparison: ComparisonData, locale: "en" | "zh") {
  const messages =
    locale === "en"
      ? { comparison: enComparison, classification: enClassification, dashboards: enDashboards, exports: enExports }
      : { comparison: zhComparison, classification: zhClassification, dashboards: zhDashboards, exports: zhExports };
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // The provider's props type demands children, which createElement passes as its third argument.
      { locale, timeZone: "UTC", messages } as unknown as ComponentProps<typeof NextIntlClientProvider>,
      createElement(CampaignComparison, { comparison, filters: parseFilters({ unitType: "STATION" }), zh: locale === "zh" }),
    ),
  );
}

const candidates = [
  { id: "11111111-1111-4111-8111-111111111111", name: "Last year", nameZh: "去年", startsOn: "2025-04-08", aspects: 3 },
];

describe("CampaignComparison", () => {
  it("draws changes, hidden sides with the reason in words, and the picker keeping the filters", () => {
    const comparison: ComparisonData = {
      candidates,
      earlier: candidates[0],
      status: { kind: "ok", figures: compareFigures(
        side(40, [aspect("B1", 20), aspect("D2", null)], 30, [2, 3, 5, 1, 9]),
        side(50, [aspect("B1", 15), aspect("D2", 10)], 30, [2, 3, 5, 1, 9]),
        new Set(["B1", "D2", "C3"]),
      ) },
    };
    const html = render(comparison, "en");
    expect(html).toContain("Change since an earlier campaign");
    expect(html).toContain("Last year (from 2025-04-08, 3 aspects in common)");
    expect(html).toContain('<input type="hidden" name="unitType" value="STATION"/>');
    expect(html).toContain('<option value="none">No comparison</option>');
    // B1: 30% before, 50% now: +20 pp. Workload: 60% before, 75% now: +15 pp.
    expect(html).toContain("30% → 50% · +20 pp");
    expect(html).toContain("60% → 75% · +15 pp");
    expect(html).toContain("20% → hidden · No change shown: this campaign&#x27;s figure is hidden");
    expect(html).toContain("50 in Last year, 40 now.");
    // The Likert mean: 72/20 = 3.6 on both sides, no change.
    expect(html).toContain("<td>3.6</td><td>3.6</td><td>±0</td>");
    const zh = render(comparison, "zh");
    expect(zh).toContain("与以往调研活动相比的变化");
    expect(zh).toContain("30% → 50% · +20 个百分点");
    expect(zh).toContain("不显示变化：本次调研活动的数字已隐藏");
  });

  it("says why a whole comparison is refused, and shows no figure then", () => {
    const html = render({ candidates, earlier: candidates[0], status: { kind: "refused", reason: "differentUnits" } }, "en");
    expect(html).toContain("No comparison can be shown");
    expect(html).toContain("a change would compare different people");
    expect(html).not.toContain("→");
    const zh = render({ candidates, earlier: candidates[0], status: { kind: "refused", reason: "small" } }, "zh");
    expect(zh).toContain("以往调研活动中符合这些单位和筛选条件的填写人少于 5 人");
  });
});
