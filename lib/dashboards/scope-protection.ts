// The protected tables of one reader's scope (scope-table.ts), built from the fine cells the
// aggregates hold, and the profile a view asks for. Books are built on first use: a drill-down
// needs two or three, the dashboard all of them.
import { createHash } from "node:crypto";
import { ProtectedBook, ScopeShape, type Fine, type Profile, type ScopeUnit } from "@/lib/dashboards/scope-table";
import type { Figure } from "@/lib/dashboards/types";

// Protected books by content (scope shape, measures, lines), least recently used out first. A
// dashboard of the demo campaign builds about a hundred; this keeps a few scopes' worth.
const CACHE_SIZE = 2000;
const cache = new Map<string, ProtectedBook>();

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

export class ScopeProtection {
  readonly shape: ScopeShape;
  private readonly books = new Map<string, ProtectedBook>();
  private readonly signature: string;

  constructor(private readonly input: ScopeInput) {
    const roles = [""];
    const services = [""];
    for (const f of input.respondents) {
      roles.push(f.role);
      services.push(f.service);
    }
    this.shape = new ScopeShape(input.units, roles, services);
    this.signature = JSON.stringify([input.units, this.shape.columns]);
  }

  /** A book of the scope, built once (measures: a factory, called only the first time). */
  book(
    key: string,
    measures: () => ConstructorParameters<typeof ProtectedBook>[1],
    across?: { total: number; parts: number[] }[],
  ) {
    let book = this.books.get(key);
    if (!book) {
      // Kept across requests while the content is unchanged: protection depends only on the
      // scope's tables, not on the filters, so every view of a scope reuses the same books.
      const specs = measures();
      const digest = createHash("sha256")
        .update(this.signature)
        .update(JSON.stringify([key, specs, across ?? []]))
        .digest("base64");
      book = cache.get(digest);
      if (book) cache.delete(digest);
      else book = new ProtectedBook(this.shape, specs, across);
      cache.set(digest, book);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
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
