// Small-group protection (docs/trust-contract.md, "Small groups stay hidden"): pure, so the property tests can
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
 * - a line whose only hidden member is small gets a second one (else subtraction recovers it);
 * - a line with a published total whose hidden parts add up to 1-4 hides one more part (else the
 *   hidden parts together are a small group);
 * - a small hidden figure the published lines still pin down (through several lines at once)
 *   hides a published figure nearby. Complements of 5 or more may be worked out: they describe no
 *   small group, and any small figure they would give away is caught by this same check.
 * Complements are the smallest positive published parts, so as little as possible is lost.
 */
export type ProtectOptions = {
  /** Figures that are never published (e.g. the "not given" band): hidden from the start. */
  forced?: readonly boolean[];
  /** Figures the reader is assumed to know anyway: never hidden, never picked as a complement. */
  known?: readonly boolean[];
};

export function protect(
  values: readonly number[],
  lines: readonly Line[],
  basis: readonly number[] = values,
  options: ProtectOptions = {},
): boolean[] {
  const known = options.known ?? [];
  const hidden = basis.map((n, i) => !known[i] && (isSmall(n) || !!options.forced?.[i]));
  const linesOf = membership(lines, values.length);
  // Line rules first (cheap, local), then one elimination; repeat only while it finds something.
  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) if (fixLine(line, values, basis, hidden, known)) changed = true;
    }
    // Only a determined small figure is a leak: a complement of 5 or more may be worked out, as
    // long as that gives nothing small away (which this check would then find). But a complement
    // that can be worked out protects nothing: hidden parts of a known total that are not worked
    // out may not add up to 1-4 either.
    const all = determinedCells(lines, hidden);
    const worked = new Set(all);
    let grew = false;
    for (const line of lines) {
      if (hidden[line.total] && !worked.has(line.total)) continue;
      const unknown = line.parts.filter((i) => hidden[i] && !worked.has(i));
      if (unknown.length === 0) continue;
      if (isSmall(unknown.reduce((sum, i) => sum + values[i], 0)) && hideOne(line, values, hidden, known)) grew = true;
    }
    if (grew) continue;
    const determined = all.filter((cell) => isSmall(basis[cell]));
    if (determined.length === 0) return hidden;
    let hid = false;
    for (const cell of determined) if (hideNeighbour(cell, linesOf, lines, values, hidden, known)) hid = true;
    if (!hid) return hidden;
  }
}

function membership(lines: readonly Line[], size: number): number[][] {
  const of: number[][] = Array.from({ length: size }, () => []);
  lines.forEach((line, k) => {
    of[line.total]?.push(k);
    for (const p of line.parts) of[p]?.push(k);
  });
  return of;
}

function fixLine(
  line: Line,
  values: readonly number[],
  basis: readonly number[],
  hidden: boolean[],
  known: readonly boolean[],
): boolean {
  let hiddenCount = hidden[line.total] ? 1 : 0;
  let lone = hidden[line.total] ? line.total : -1;
  let hiddenSum = 0;
  for (const i of line.parts) {
    if (!hidden[i]) continue;
    hiddenCount++;
    lone = i;
    hiddenSum += values[i];
  }
  // A lone hidden figure is worked out by subtraction: harmless for a complement of 5 or more
  // (or a "not given" band of 5 or more), a leak for a small one.
  if (hiddenCount === 1 && isSmall(basis[lone])) return hideOne(line, values, hidden, known);
  if (hiddenCount > 1 && !hidden[line.total] && isSmall(hiddenSum)) return hideOne(line, values, hidden, known);
  return false;
}

/**
 * Hides the smallest positive published part, else a positive published total, else a published
 * zero (hiding a zero protects little and spreads: it is the last resort).
 */
function hideOne(line: Line, values: readonly number[], hidden: boolean[], known: readonly boolean[]): boolean {
  let pick: number | undefined;
  let zero: number | undefined;
  for (const i of line.parts) {
    if (hidden[i] || known[i]) continue;
    if (values[i] <= 0) {
      zero ??= i;
      continue;
    }
    if (pick === undefined || values[i] < values[pick] || (values[i] === values[pick] && i < pick)) pick = i;
  }
  const total = hidden[line.total] || known[line.total] ? undefined : line.total;
  pick ??= total !== undefined && values[total] > 0 ? total : (zero ?? total);
  if (pick === undefined) return false;
  hidden[pick] = true;
  return true;
}

/**
 * Hides a published figure near a determined hidden one: the nearest line (walking through hidden
 * figures) that still has a published member gives one up. The nearest line is not always the
 * cell's own: a cell whose lines are all hidden may be pinned down through a total further away.
 */
function hideNeighbour(
  cell: number,
  linesOf: readonly number[][],
  lines: readonly Line[],
  values: readonly number[],
  hidden: boolean[],
  known: readonly boolean[],
): boolean {
  const seenCells = new Set([cell]);
  const seenLines = new Set<number>();
  let frontier = [cell];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const c of frontier) {
      for (const k of linesOf[c] ?? []) {
        if (seenLines.has(k)) continue;
        seenLines.add(k);
        if (hideOne(lines[k], values, hidden, known)) return true;
        for (const m of [lines[k].total, ...lines[k].parts])
          if (hidden[m] && !seenCells.has(m)) {
            seenCells.add(m);
            next.push(m);
          }
      }
    }
    frontier = next;
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
  const columnOf = new Map<number, number>();
  const cells: number[] = [];
  const rows: [number, number][][] = [];
  for (const line of lines) {
    const entries: [number, number][] = [];
    const add = (cell: number, sign: number) => {
      if (!hidden[cell]) return;
      let c = columnOf.get(cell);
      if (c === undefined) {
        c = cells.length;
        columnOf.set(cell, c);
        cells.push(cell);
      }
      entries.push([c, sign]);
    };
    add(line.total, -1);
    for (const p of line.parts) add(p, 1);
    if (entries.length > 0) rows.push(entries);
  }
  if (rows.length === 0) return [];
  const width = cells.length;
  const matrix = rows.map((entries) => {
    const row = new Float64Array(width);
    for (const [c, v] of entries) row[c] += v;
    return row;
  });
  return reduceDense(matrix, width).map((c) => cells[c]);
}

const EPSILON = 1e-9;

/**
 * Gauss-Jordan elimination on dense rows (a scope's table has a few hundred hidden figures; typed
 * arrays reduce it in milliseconds). Returns the columns whose reduced row has no other entry.
 */
function reduceDense(rows: Float64Array[], width: number): number[] {
  const pivots: { row: Float64Array; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
    if (Math.abs(rows[best][c]) < EPSILON) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    const pivotRow = rows[r];
    const pivot = pivotRow[c];
    for (let k = c; k < width; k++) pivotRow[k] /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i];
      const factor = row[c];
      if (Math.abs(factor) < EPSILON) continue;
      for (let k = c; k < width; k++) row[k] -= factor * pivotRow[k];
    }
    pivots.push({ row: pivotRow, col: c });
    r++;
  }
  const determined: number[] = [];
  for (const { row, col } of pivots) {
    let others = 0;
    for (let k = 0; k < width && others === 0; k++) if (k !== col && Math.abs(row[k]) > EPSILON) others++;
    if (others === 0) determined.push(col);
  }
  return determined;
}

/**
 * What a reader can work out from the published figures and the lines: a combination of hidden
 * figures is derivable when it lies in the row space of the lines restricted to hidden figures.
 * Views publish exactly such combinations (and published figures), so they add nothing.
 */
export class Derivable {
  private readonly columnOf = new Map<number, number>();
  private readonly pivots: { col: number; row: Float64Array }[] = [];

  constructor(lines: readonly Line[], hidden: readonly boolean[]) {
    hidden.forEach((h, cell) => {
      if (h) this.columnOf.set(cell, this.columnOf.size);
    });
    const width = this.columnOf.size;
    // Nothing hidden (most books of a large scope): every combination is published.
    if (width === 0) return;
    const rows: Float64Array[] = [];
    for (const line of lines) {
      // Most lines touch no hidden figure: a row is made only for those that do.
      let row: Float64Array | null = null;
      const total = this.columnOf.get(line.total);
      if (total !== undefined) (row = new Float64Array(width))[total] -= 1;
      for (const part of line.parts) {
        const c = this.columnOf.get(part);
        if (c !== undefined) (row ??= new Float64Array(width))[c] += 1;
      }
      if (row) rows.push(row);
    }
    let r = 0;
    for (let c = 0; c < width && r < rows.length; c++) {
      let best = r;
      for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
      if (Math.abs(rows[best][c]) < EPSILON) continue;
      [rows[r], rows[best]] = [rows[best], rows[r]];
      const pivotRow = rows[r];
      const pivot = pivotRow[c];
      for (let k = c; k < width; k++) pivotRow[k] /= pivot;
      for (let i = r + 1; i < rows.length; i++) {
        const factor = rows[i][c];
        if (Math.abs(factor) < EPSILON) continue;
        for (let k = c; k < width; k++) rows[i][k] -= factor * pivotRow[k];
      }
      this.pivots.push({ col: c, row: pivotRow });
      r++;
    }
  }

  /** Whether the sum of these figures (each once) is known to a reader. */
  sum(cells: readonly number[]): boolean {
    const vector = new Float64Array(this.columnOf.size);
    let any = false;
    for (const cell of cells) {
      const c = this.columnOf.get(cell);
      if (c === undefined) continue;
      vector[c] += 1;
      any = true;
    }
    if (!any) return true;
    for (const { col, row } of this.pivots) {
      const factor = vector[col];
      if (Math.abs(factor) < EPSILON) continue;
      for (let k = col; k < vector.length; k++) vector[k] -= factor * row[k];
    }
    return vector.every((x) => Math.abs(x) < EPSILON);
  }
}
