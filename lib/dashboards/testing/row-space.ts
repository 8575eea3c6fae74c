// The attacker's algebra for the cross-view property test: the row space of every published
// figure, as exact integer vectors (fraction-free elimination with BigInt, no floating point),
// written independently of suppression.ts so a bug there cannot hide itself.

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

function normalise(row: bigint[]): bigint[] {
  let g = 0n;
  for (const x of row) if (x !== 0n) g = gcd(g, x);
  if (g <= 1n) return row;
  return row.map((x) => x / g);
}

/** Rows in echelon form; `contains` says whether a vector is a rational combination of them. */
export class RowSpace {
  private readonly rows: { pivot: number; row: bigint[] }[] = [];
  constructor(readonly width: number) {}

  get rank(): number {
    return this.rows.length;
  }

  private reduce(vector: readonly bigint[]): bigint[] {
    let row = [...vector];
    for (const { pivot, row: base } of this.rows) {
      if (row[pivot] === 0n) continue;
      const a = base[pivot];
      const b = row[pivot];
      // row := a*row - b*base clears the pivot column exactly.
      row = normalise(row.map((x, k) => a * x - b * base[k]));
    }
    return row;
  }

  add(vector: readonly bigint[]): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((x) => x !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, row });
  }

  contains(vector: readonly bigint[]): boolean {
    return this.reduce(vector).every((x) => x === 0n);
  }
}
