// Heatmap cell colours with readable numbers: every figure has at least 4.5:1 contrast against
// its cell (WCAG AA for normal text), whatever the cell's shade. The shade blends the brand blue
// over white; the text is black or white, whichever contrasts more (the worse of the two best
// cases, at the crossover, is about 4.6:1).

const BLUE = [31, 78, 140] as const;

/** A cell's background and text colour for a figure `strength` (0 to 1) of the table's largest. */
export function heatCell(strength: number): { background: string; text: string } {
  const alpha = 0.08 + Math.min(1, Math.max(0, strength)) * 0.87;
  const rgb = BLUE.map((c) => Math.round(255 - (255 - c) * alpha)) as [number, number, number];
  const text = contrast(rgb, [255, 255, 255]) >= contrast(rgb, [0, 0, 0]) ? "#ffffff" : "#000000";
  return { background: `rgb(${rgb.join(", ")})`, text };
}

/** WCAG 2 contrast ratio between two sRGB colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Hidden cells: slate-700 on slate-100 (about 9.7:1), upright and at the table's text size. */
export const HIDDEN_CELL = { background: "rgb(241, 245, 249)", text: "rgb(51, 65, 85)" } as const;
