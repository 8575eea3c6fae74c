// Small-group protection, the trust contract's core (PRODUCT.md): pure, so the property tests can
// throw random tables at it. A table is a list of figures plus the additive relations the page
// also publishes ("lines": a total and the parts it is the sum of, e.g. a unit's figure and the
// figures of the units under it, or a category's total over units).

/** A figure from fewer respondents than this is hidden. */
export const MIN_RESPONDENTS = 5;
/** A quote or a free-text list needs at least this many respondents behind it. */
export const MIN_QUOTE_RESPONDENTS = 10;

export type Line = { total: number; parts: number[] };

/** 1-4 respondents: too few. Zero is published: it describes nobody. */
export function isSmall(respondents: number, min = MIN_RESPONDENTS): boolean {
  return respondents > 0 && respondents < min;
}

/**
 * Which figures to hide. `values[i]` is figure i, `basis[i]` the respondents it was computed from
 * (a count is its own basis; a median's basis is the number of answers). Hides the small figures,
 * then, until nothing changes:
 * - a line with exactly one hidden member gets a second one (else subtraction recovers it);
 * - a line with a published total whose hidden parts add up to 1-4 hides one more part (else the
 *   hidden parts together are a small group);
 * - a hidden figure the published lines still pin down (through several lines at once) hides a
 *   neighbour. The other rules make this rare; it keeps cross-shaped tables honest.
 * Complements are the smallest positive published parts, so as little as possible is lost.
 */
export function protect(
  values: readonly number[],
  lines: readonly Line[],
  basis: readonly number[] = values,
): boolean[] {
  const hidden = basis.map((n) => isSmall(n));
  for (;;) {
    if (lines.some((line) => fixLine(line, values, hidden))) continue;
    const determined = determinedCells(lines, hidden);
    if (determined.length === 0) return hidden;
    if (!hideNeighbour(determined, lines, values, hidden)) return hidden;
  }
}

/** Applies `protect`'s result: hidden figures become null. */
export function applyHidden(values: readonly number[], hidden: readonly boolean[]): (number | null)[] {
  return values.map((v, i) => (hidden[i] ? null : v));
}

function fixLine(line: Line, values: readonly number[], hidden: boolean[]): boolean {
  const members = [line.total, ...line.parts];
  const hiddenCount = members.filter((i) => hidden[i]).length;
  if (hiddenCount === 1) return hideOne(line, values, hidden);
  if (hiddenCount > 1 && !hidden[line.total]) {
    const hiddenSum = line.parts.filter((i) => hidden[i]).reduce((sum, i) => sum + values[i], 0);
    if (isSmall(hiddenSum)) return hideOne(line, values, hidden);
  }
  return false;
}

/** Hides the smallest positive published part, else any published part, else the total. */
function hideOne(line: Line, values: readonly number[], hidden: boolean[]): boolean {
  const visible = line.parts.filter((i) => !hidden[i]);
  const positive = visible.filter((i) => values[i] > 0).sort((a, b) => values[a] - values[b] || a - b);
  const pick = positive[0] ?? visible[0] ?? (hidden[line.total] ? undefined : line.total);
  if (pick === undefined) return false;
  hidden[pick] = true;
  return true;
}

function hideNeighbour(cells: number[], lines: readonly Line[], values: readonly number[], hidden: boolean[]): boolean {
  for (const cell of cells) {
    for (const line of lines) {
      if (line.total !== cell && !line.parts.includes(cell)) continue;
      if (line.parts.some((i) => !hidden[i]) || !hidden[line.total]) return hideOne(line, values, hidden);
    }
  }
  return false;
}

/**
 * Hidden figures that the published lines determine exactly. Each line is an equation
 * total - sum(parts) = 0; moving published figures to the right-hand side leaves a linear system in
 * the hidden ones. A hidden figure is determined when its unit vector lies in the row space, i.e.
 * in reduced row echelon form its column is a pivot whose row has no other non-zero entry.
 */
export function determinedCells(lines: readonly Line[], hidden: readonly boolean[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((cell, index) => [cell, index]));
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let touched = false;
    for (const [cell, sign] of [[line.total, -1] as const, ...line.parts.map((p) => [p, 1] as const)]) {
      const c = column.get(cell);
      if (c === undefined) continue;
      row[c] += sign;
      touched = true;
    }
    if (touched) rows.push(row);
  }
  const pivots = reduce(rows, unknowns.length);
  return pivots
    .filter(({ row }) => rows[row].filter((x) => Math.abs(x) > EPSILON).length === 1)
    .map(({ col }) => unknowns[col]);
}

const EPSILON = 1e-9;

/** In-place Gauss-Jordan elimination; returns the pivot positions. */
function reduce(rows: number[][], width: number): { row: number; col: number }[] {
  const pivots: { row: number; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
    if (Math.abs(rows[best][c]) < EPSILON) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    const pivot = rows[r][c];
    for (let k = 0; k < width; k++) rows[r][k] /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i][c]) < EPSILON) continue;
      const factor = rows[i][c];
      for (let k = 0; k < width; k++) rows[i][k] -= factor * rows[r][k];
    }
    pivots.push({ row: r, col: c });
    r++;
  }
  return pivots;
}

/**
 * Collects the figures of one view and the lines between them, then protects them together, so a
 * total shared by several tables (respondents by unit, by source, by day) is hidden consistently.
 */
export class FigureBook {
  private readonly values: number[] = [];
  private readonly basis: number[] = [];
  private readonly lines: Line[] = [];
  private hidden: boolean[] | null = null;

  /** Adds a figure; `basis` is the number of respondents behind it (default: the figure itself). */
  add(value: number, basis = value): number {
    this.values.push(value);
    this.basis.push(basis);
    this.hidden = null;
    return this.values.length - 1;
  }

  line(total: number, parts: number[]): void {
    this.lines.push({ total, parts });
    this.hidden = null;
  }

  /** The published figure, or null when it must stay hidden. */
  get(index: number): number | null {
    this.hidden ??= protect(this.values, this.lines, this.basis);
    return this.hidden[index] ? null : this.values[index];
  }
}
