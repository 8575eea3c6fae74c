// The protected tables of one reader's scope (scope-table.ts), built from the fine cells the
// aggregates hold, and the profile a view asks for. Books are built on first use: a drill-down
// needs two or three, the dashboard all of them.
// Deciding what to hide is the costly part (an exact elimination, repeated while it finds leaks);
// the decisions are kept in PostgreSQL by a digest of everything they depend on (protection-store.ts),
// so every instance reuses them until the figures change. Nothing is kept in process memory.
import { ProtectedBook, ScopeShape, type Fine, type Profile, type ScopeUnit } from "@/lib/dashboards/scope-table";
import type { Figure } from "@/lib/dashboards/types";

export type ScopeInput = {
  /** The reader's units; responses without a unit are the unit "" (no parent, no type). */
  units: readonly ScopeUnit[];
  /** Questionnaire respondents per unit, role level and service band. */
  respondents: readonly Fine[];
  /** Seminar participants per unit and role level (service ""). */
  seminar: readonly Fine[];
  /** People raising each topic ("any", "category:x", "aspect:A1"): respondents and seminar officers. */
  topics: ReadonlyMap<string, readonly Fine[]>;
};

/** Hidden flags of a decided book, by digest. */
export type Decisions = ReadonlyMap<string, readonly boolean[]>;

export class ScopeProtection {
  readonly shape: ScopeShape;
  private readonly books = new Map<string, ProtectedBook>();
  /** Decisions made by this request that the store did not have, and the digests used. */
  readonly fresh = new Map<string, boolean[]>();
  readonly used = new Set<string>();

  constructor(
    private readonly input: ScopeInput,
    private readonly decided: Decisions = new Map(),
  ) {
    const roles = [""];
    const services = [""];
    for (const f of input.respondents) {
      roles.push(f.role);
      services.push(f.service);
    }
    this.shape = new ScopeShape(input.units, roles, services);
  }

  /** A book of the scope, built once per request (measures: a factory, called only the first time). */
  book(
    key: string,
    measures: () => ConstructorParameters<typeof ProtectedBook>[1],
    across?: { total: number; parts: number[] }[],
  ) {
    let book = this.books.get(key);
    if (!book) {
      book = new ProtectedBook(this.shape, measures(), across, (digest, compute) => {
        this.used.add(digest);
        const known = this.decided.get(digest) ?? this.fresh.get(digest);
        if (known) return [...known];
        const hidden = compute();
        this.fresh.set(digest, hidden);
        return hidden;
      });
      this.books.set(key, book);
    }
    return book;
  }

  respondents(units: ReadonlySet<string>, profile: Profile): Figure {
    return this.figure(
      this.book("respondents", () => [{ fine: this.input.respondents }]),
      0,
      units,
      profile,
    );
  }

  seminarPeople(units: ReadonlySet<string>, profile: Profile): Figure {
    return this.figure(
      this.book("seminar", () => [{ fine: this.input.seminar }]),
      0,
      units,
      profile,
    );
  }

  topic(topic: string, units: ReadonlySet<string>, profile: Profile): Figure {
    const fine = this.input.topics.get(topic) ?? [];
    return this.figure(
      this.book(`topic:${topic}`, () => [{ fine }]),
      0,
      units,
      profile,
    );
  }

  /**
   * A figure of a book. A profile value nobody in the scope has is an empty column: zero
   * everywhere, which describes nobody.
   */
  figure(book: ProtectedBook, measure: number, units: ReadonlySet<string>, profile: Profile): Figure {
    if (this.shape.column(profile) < 0) return 0;
    return book.figure(measure, units, profile);
  }
}
