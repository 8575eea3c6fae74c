// Cross-view protection (decision 003). Every figure any dashboard view shows is a sum of "fine"
// cells (unit x role level x service band) over the view's units and profile. So protection is
// decided once per reader's scope, on one table per measure holding every unit's own figure,
// every subtree total, every unit-type total and the grand total (for any profile), and the grand
// total for each role level and each service band, with all the lines between them; a view then
// publishes a figure only if it is a published cell of that table or a sum of published cells.
// A reader combining any number of views learns nothing the protected table does not already
// publish, and the table's protection is exact (suppression.ts). Profile filters therefore apply
// to the whole scope only: a per-unit table for each profile was tried and cost seconds per
// request on sparse data (decision 003).
import { createHash } from "node:crypto";
import { Derivable, isSmall, protect, type Line } from "@/lib/dashboards/suppression";
import type { Figure } from "@/lib/dashboards/types";

/**
 * Part of every stored decision's digest: change it whenever `protect` or the lines change what
 * they hide for the same table, so no instance reuses decisions of the old rules.
 */
export const PROTECTION_VERSION = 1;

/** One fine cell: a measure's value for one unit, role level and service band ("" = not given). */
export type Fine = { unitId: string; role: string; service: string; value: number };

/** A view's profile: one role level, or one service band, or neither (null = any). */
export type Profile = { role: string | null; service: string | null };

export type ScopeUnit = { id: string; parentId: string | null; type: string };

type Node = { key: string; units: readonly string[] };

/** The unit of a rolled-up cell covering the whole scope (never a unit id). */
const SCOPE = "*";
type Column = { role: string | null; service: string | null };

/** The shape shared by every measure of one scope: its nodes (unit sets) and profile columns. */
export class ScopeShape {
  readonly nodes: Node[] = [];
  readonly columns: Column[];
  private readonly nodeBySet = new Map<string, number>();
  private readonly nodeByKey = new Map<string, number>();
  private readonly children = new Map<string, string[]>();
  private readonly subtreeOf = new Map<string, string[]>();
  readonly roots: string[];
  readonly units: ReadonlySet<string>;

  constructor(units: readonly ScopeUnit[], roles: readonly string[], services: readonly string[]) {
    this.units = new Set(units.map((u) => u.id));
    for (const u of units) {
      if (u.parentId === null || !this.units.has(u.parentId)) continue;
      this.children.set(u.parentId, [...(this.children.get(u.parentId) ?? []), u.id]);
    }
    this.roots = units.filter((u) => u.parentId === null || !this.units.has(u.parentId)).map((u) => u.id);
    const collect = (id: string): string[] => {
      const list = [id, ...(this.children.get(id) ?? []).flatMap(collect)];
      this.subtreeOf.set(id, list);
      return list;
    };
    this.roots.forEach(collect);
    for (const u of units) this.addNode(`own:${u.id}`, [u.id]);
    for (const u of units) if (this.children.has(u.id)) this.addNode(`sub:${u.id}`, this.subtreeOf.get(u.id)!);
    const types = new Map<string, string[]>();
    for (const u of units) if (u.type) types.set(u.type, [...(types.get(u.type) ?? []), u.id]);
    for (const [type, ids] of types) this.addNode(`type:${type}`, ids);
    this.addNode("total", [...this.units]);
    this.columns = [
      { role: null, service: null },
      ...uniq(roles).map((role) => ({ role, service: null })),
      ...uniq(services).map((service) => ({ role: null, service })),
    ];
  }

  private addNode(key: string, units: string[]) {
    this.nodes.push({ key, units });
    this.nodeByKey.set(key, this.nodes.length - 1);
    const set = setKey(units);
    if (!this.nodeBySet.has(set)) this.nodeBySet.set(set, this.nodes.length - 1);
  }

  node(key: string): number {
    return this.nodeByKey.get(key) ?? -1;
  }

  nodeFor(units: Iterable<string>): number | undefined {
    return this.nodeBySet.get(setKey([...units]));
  }

  column(profile: Profile): number {
    return this.columns.findIndex((c) => c.role === profile.role && c.service === profile.service);
  }

  /** Cells of one measure: every node for any profile, then the grand total per profile column. */
  get size(): number {
    return this.nodes.length + this.columns.length - 1;
  }

  /** The cell of a node and column within a measure; undefined where the table has none. */
  cell(node: number, column: number): number | undefined {
    if (column === 0) return node;
    return node === this.totalNode ? this.nodes.length + column - 1 : undefined;
  }

  private get totalNode(): number {
    return (this.totalIndex ??= this.node("total"));
  }
  private totalIndex?: number;
  private baseLines?: Line[];

  /** The node of a unit's own figure (-1 outside the scope). */
  ownNode(unit: string): number {
    if (!this.ownIndex) {
      this.ownIndex = new Map();
      for (const [key, i] of this.nodeByKey) if (key.startsWith("own:")) this.ownIndex.set(key.slice(4), i);
    }
    return this.ownIndex.get(unit) ?? -1;
  }
  private ownIndex?: Map<string, number>;

  /** Lines of one measure whose cells start at `offset` (the same for every measure, shifted). */
  lines(offset: number): Line[] {
    this.baseLines ??= this.linesAt(0);
    return this.baseLines.map((l) => ({ total: l.total + offset, parts: l.parts.map((p) => p + offset) }));
  }

  private bookLinesOf = new Map<string, { lines: Line[]; json: string }>();

  /**
   * The lines of a book of `measures` measures with lines `across` them cell by cell, and their
   * JSON (part of the book's digest). Books of the same form (most questions of a type) share
   * them: per scope, not per book. Nothing may change the returned lines.
   */
  bookLines(measures: number, across: readonly { total: number; parts: number[] }[]): { lines: Line[]; json: string } {
    const key = `${measures}\u0000${JSON.stringify(across)}`;
    let known = this.bookLinesOf.get(key);
    if (!known) {
      const lines: Line[] = [];
      for (let k = 0; k < measures; k++) lines.push(...this.lines(k * this.size));
      for (const { total, parts } of across)
        for (let i = 0; i < this.size; i++)
          lines.push({ total: total * this.size + i, parts: parts.map((p) => p * this.size + i) });
      known = { lines, json: JSON.stringify(lines) };
      this.bookLinesOf.set(key, known);
    }
    return known;
  }

  private linesAt(offset: number): Line[] {
    const at = (node: number, column = 0) => offset + this.cell(node, column)!;
    const own = (id: string) => this.node(`own:${id}`);
    const top = (id: string) => (this.children.has(id) ? this.node(`sub:${id}`) : own(id));
    const total = this.node("total");
    const lines: Line[] = [];
    for (const [id, kids] of this.children)
      lines.push({ total: at(this.node(`sub:${id}`)), parts: [at(own(id)), ...kids.map((k) => at(top(k)))] });
    lines.push({ total: at(total), parts: this.roots.map((r) => at(top(r))) });
    this.nodes.forEach((n, i) => {
      if (n.key.startsWith("type:")) lines.push({ total: at(i), parts: n.units.map((u) => at(own(u))) });
    });
    const roleColumns = this.columns.flatMap((c, i) => (c.role !== null ? [i] : []));
    const serviceColumns = this.columns.flatMap((c, i) => (c.service !== null ? [i] : []));
    if (roleColumns.length > 0) lines.push({ total: at(total), parts: roleColumns.map((c) => at(total, c)) });
    if (serviceColumns.length > 0) lines.push({ total: at(total), parts: serviceColumns.map((c) => at(total, c)) });
    return lines;
  }

  private index?: { nodesOf: Map<string, number[]>; roleColumn: Map<string, number>; serviceColumn: Map<string, number> };

  /**
   * The table of one measure, summed from the fine cells: a cell adds to the nodes of its unit and
   * to the grand total's column of its role level and of its service band. A cell of the unit ANY
   * ("*", the whole scope) adds to those columns only, and a cell of role and service ANY to its
   * unit's nodes only, so rolled-up rows give the same table (answers.ts).
   */
  values(fine: readonly Fine[]): number[] {
    const values = new Array<number>(this.size).fill(0);
    // Built once per scope: a dashboard sums a few hundred measures.
    if (!this.index) {
      const nodesOf = new Map<string, number[]>();
      this.nodes.forEach((n, i) => {
        for (const u of n.units) {
          const list = nodesOf.get(u);
          if (list) list.push(i);
          else nodesOf.set(u, [i]);
        }
      });
      const roleColumn = new Map(this.columns.flatMap((c, i) => (c.role !== null ? [[c.role, i] as const] : [])));
      const serviceColumn = new Map(
        this.columns.flatMap((c, i) => (c.service !== null ? [[c.service, i] as const] : [])),
      );
      this.index = { nodesOf, roleColumn, serviceColumn };
    }
    const { nodesOf, roleColumn, serviceColumn } = this.index;
    const total = this.totalNode;
    for (const f of fine) {
      const nodes = nodesOf.get(f.unitId);
      if (!nodes && f.unitId !== SCOPE) continue;
      if (nodes) for (const n of nodes) values[n] += f.value;
      const role = roleColumn.get(f.role);
      if (role !== undefined) values[this.cell(total, role)!] += f.value;
      const service = serviceColumn.get(f.service);
      if (service !== undefined) values[this.cell(total, service)!] += f.value;
    }
    return values;
  }

  /** Columns no view can ask for ("not given"): in the lines, never published. Shared: read only. */
  unreachable(): readonly boolean[] {
    if (!this.unreachableCells) {
      const out = new Array<boolean>(this.size).fill(false);
      const total = this.node("total");
      this.columns.forEach((c, k) => {
        if (k > 0 && (c.role === "" || c.service === "")) out[this.cell(total, k)!] = true;
      });
      this.unreachableCells = out;
    }
    return this.unreachableCells;
  }
  private unreachableCells?: boolean[];
}

export type MeasureSpec = {
  fine: readonly Fine[];
  /** Respondents behind each fine cell when the value is not itself a count (sums of values). */
  basis?: readonly Fine[];
  /** Assumed known to the reader (e.g. a question's number of answers): constrains, never hidden. */
  known?: boolean;
};

/**
 * Several measures protected together, with lines across them cell by cell (e.g. a Likert
 * question's answer count = the sum of its five points), so figures of one view that add up are
 * protected as one.
 */
export class ProtectedBook {
  private readonly size: number;
  readonly values: number[] = [];
  readonly hidden: boolean[];
  private readonly derivable: Derivable;

  /**
   * `decide` is given a digest of everything protection depends on (the table's values and
   * bases, which cells are known or never published, the lines) and the computation itself, so a
   * caller can reuse a decision stored under that digest (scope-protection.ts).
   */
  constructor(
    readonly shape: ScopeShape,
    measures: readonly MeasureSpec[],
    across: readonly { total: number; parts: number[] }[] = [],
    decide: (digest: string, compute: () => boolean[]) => boolean[] = (_, compute) => compute(),
  ) {
    this.size = shape.size;
    const basis: number[] = [];
    const forced: boolean[] = [];
    const known: boolean[] = [];
    const unreachable = shape.unreachable();
    measures.forEach((m) => {
      const values = shape.values(m.fine);
      this.values.push(...values);
      basis.push(...(m.basis ? shape.values(m.basis) : values));
      forced.push(...unreachable);
      // An unreachable cell holding nobody is no secret (seminar officers never have a service
      // band, and a reader may know it), so it counts as known rather than as a hidden unknown.
      // A known measure (a question's answers) is known where it is not itself small.
      known.push(...values.map((v, i) => (!!m.known && !isSmall(v)) || (unreachable[i] && v === 0)));
    });
    const { lines, json } = shape.bookLines(measures.length, across);
    const digest = createHash("sha256")
      .update(`${PROTECTION_VERSION}\u0000${this.size}\u0000${measures.length}\u0000`)
      .update(Float64Array.from(this.values))
      .update(Float64Array.from(basis))
      .update(Uint8Array.from(forced.map((f, i) => (f ? 1 : 0) | (known[i] ? 2 : 0))))
      .update(json)
      .digest("base64url");
    this.hidden = decide(digest, () => protect(this.values, lines, basis, { forced, known }));
    this.derivable = new Derivable(lines, this.hidden);
  }

  /**
   * The figure of `measure` over `units` for `profile`, when a reader of the protected table can
   * work it out anyway (a published cell, or a sum the published cells and lines determine) and it
   * is not small; null (hidden) otherwise. Known measures are never hidden, so callers do not ask
   * for them.
   */
  figure(measure: number, units: ReadonlySet<string>, profile: Profile): Figure {
    const column = this.shape.column(profile);
    if (column < 0) return null;
    const offset = measure * this.size;
    let cells: number[];
    if (column > 0) {
      // Profile columns exist for the grand total only.
      const exact = this.shape.nodeFor(units);
      const cell = exact === undefined ? undefined : this.shape.cell(exact, column);
      if (cell === undefined) return null;
      cells = [offset + cell];
    } else {
      cells = [];
      for (const u of units) {
        const own = this.shape.ownNode(u);
        if (own >= 0) cells.push(offset + own);
      }
    }
    const value = cells.reduce((sum, c) => sum + this.values[c], 0);
    if (isSmall(value) || !this.derivable.sum(cells)) return null;
    return value;
  }
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function setKey(units: readonly string[]): string {
  return [...units].sort().join("|");
}
