import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import exportsMessages from "@/messages/en/exports.json";
import { CsvLabel } from "@/components/report/CsvDownloadLink";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/dashboards/DataTable";
import { HeatmapGrid } from "@/components/dashboards/HeatmapGrid";
import { parseDrillTarget, parseFilters } from "@/lib/dashboards/filters";

// The dashboard's tables and heatmap are drawn from strings and figures sent by the server; these
// check that what they draw still carries every figure, link and label.
const unitId = "d9b2a0f1-d603-4307-8c41-4dddc32adda0";
const filters = parseFilters({ unitType: "STATION", role: "officer" });

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
}

describe("DataTable", () => {
  it("draws head, cells, links, row test ids and the unit tree's indentation", () => {
    // DataTable offers a CSV download of its rows, named by the server's words (ChartCard gives them
    // through TableDetails; no translation runtime in the browser).
    const html = renderToStaticMarkup(
      createElement(
        CsvLabel,
        { value: exportsMessages.downloadCsv },
        createElement(DataTable, {
          head: ["Unit", "People"],
          rows: [
            [{ text: "Bureau", href: "/dashboards/evidence?cellUnit=a" }, "12"],
            [{ text: "Station", href: "/dashboards/evidence?cellUnit=b" }, "hidden"],
          ],
          rowTestId: "participation-row",
          depths: [0, 2],
        }),
      ),
    );
    expect(html).toContain("Download CSV");
    expect(html).toContain('<th scope="col" class="px-3 py-2 font-medium">People</th>');
    expect(html.match(/data-testid="participation-row"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/dashboards/evidence?cellUnit=a">Bureau</a></td><td>12</td>');
    expect(html).toContain('style="padding-left:3.25rem"><a href="/dashboards/evidence?cellUnit=b">Station</a>');
  });
});

describe("HeatmapGrid", () => {
  const html = renderToStaticMarkup(
    createElement(HeatmapGrid, {
      filters,
      labels: { unit: "Unit", anyProblem: "Any problem", people: "People" },
      categories: [
        { key: "workload", name: "Workload", total: "40", share: "50%" },
        { key: "rights", name: "Rights", total: "hidden", share: "" },
        { key: "funding", name: "Funding", total: "0", share: "0%" },
      ],
      rows: [
        { unitId, name: "Xinmin Street", depth: 1, values: [40, null, 0], texts: ["40", "hidden", "0"], any: "41" },
      ],
      any: "80",
    }),
  );

  it("links only published, non-zero cells, to the evidence under the same filters", () => {
    const links = hrefs(html);
    expect(links).toHaveLength(1);
    const params = Object.fromEntries(new URL(links[0], "http://x").searchParams);
    expect(parseFilters(params)).toEqual(filters);
    expect(parseDrillTarget(params)).toEqual({ kind: "cell", unitId, category: "workload" });
    expect(html).toContain('data-testid="heatmap-cell" aria-label="Xinmin Street, Workload: 40">40</a>');
  });

  it("shows hidden and zero cells as text, and the totals", () => {
    expect(html).toMatch(/<td style="[^"]*">hidden<\/td><td>0<\/td>/);
    expect(html).toMatch(/<td>40<span[^>]*>50%<\/span><\/td>/);
    expect(html).toContain("<td>80</td>");
    expect(html.match(/data-testid="heatmap-row"/g)).toHaveLength(1);
  });
});
