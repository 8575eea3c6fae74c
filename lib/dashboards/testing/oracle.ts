// Test oracles for small-group protection, written independently of suppression.ts: exact
// rational arithmetic (BigInt) and a rank test instead of reading pivots, so a bug in the
// production elimination cannot hide itself.
import type { Line } from "@/lib/dashboards/suppression";

type Fraction = { n: bigint; d: bigint };

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function frac(n: bigint, d = 1n): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const sub = (a: Fraction, b: Fraction) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => frac(a.n * b.d, a.d * b.n);

function rank(matrix: Fraction[][]): number {
  const rows = matrix.map((r) => [...r]);
  const width = rows[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    const pivot = rows.findIndex((row, i) => i >= r && row[c].n !== 0n);
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot], rows[r]];
    for (let i = r + 1; i < rows.length; i++) {
      if (rows[i][c].n === 0n) continue;
      const factor = div(rows[i][c], rows[r][c]);
      rows[i] = rows[i].map((x, k) => sub(x, mul(factor, rows[r][k])));
    }
    r++;
  }
  return r;
}

/**
 * Hidden figures an observer can compute exactly from the published figures and the published
 * lines (any linear combination of them): x_j is determined iff adding the equation "x_j = ?"
 * does not raise the rank of the system restricted to hidden figures.
 */
export function recoverable(lines: readonly Line[], hidden: readonly boolean[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const matrix = lines
    .map((line) =>
      unknowns.map((cell) => {
        let coefficient = 0n;
        if (line.total === cell) coefficient -= 1n;
        coefficient += BigInt(line.parts.filter((p) => p === cell).length);
        return frac(coefficient);
      }),
    )
    .filter((row) => row.some((x) => x.n !== 0n));
  const base = rank(matrix);
  return unknowns.filter((_, j) => rank([...matrix, unknowns.map((__, k) => frac(k === j ? 1n : 0n))]) === base);
}
