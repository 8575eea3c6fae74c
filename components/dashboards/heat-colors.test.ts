import { describe, expect, it } from "vitest";
import { contrast, heatCell, HIDDEN_CELL } from "@/components/dashboards/heat-colors";

const rgb = (css: string) =>
  css.startsWith("#") ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) : css.match(/\d+/g)!.map(Number);

describe("heatmap colours (issue 10: 3.0-3.23:1 white-on-blue, 4.34:1 hidden cells)", () => {
  it("gives every shade's number at least 4.5:1 contrast", () => {
    for (let i = 0; i <= 1000; i++) {
      const cell = heatCell(i / 1000);
      expect(contrast(rgb(cell.background), rgb(cell.text)), `strength ${i / 1000}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("gives hidden cells at least 4.5:1 contrast", () => {
    expect(contrast(rgb(HIDDEN_CELL.background), rgb(HIDDEN_CELL.text))).toBeGreaterThanOrEqual(4.5);
  });

  it("matches the published WCAG figures", () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([100, 116, 139], [241, 245, 249])).toBeCloseTo(4.34, 2); // the old hidden cell
  });
});
