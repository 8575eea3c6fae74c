// The trust contract end to end on the pure pipeline: random unit trees, random populations and
// reviewed problems, random filters; whatever the dashboard would publish must hide every figure
// from 1-4 respondents and let no hidden figure be worked out from the published ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/lib/classification/taxonomy";
import { buildLikert, type QuestionInfo } from "@/lib/dashboards/answers";
import { buildOverview } from "@/lib/dashboards/overview";
import { checkPopulation, countRespondents } from "@/lib/dashboards/population";
import { buildCategories, type TopicTotals } from "@/lib/dashboards/problems";
import { isSmall, type Line } from "@/lib/dashboards/suppression";
import { count, filterOf, populationOf, unitTree } from "@/lib/dashboards/testing/arbitraries";
import { recoverable } from "@/lib/dashboards/testing/oracle";
import type { Figure } from "@/lib/dashboards/types";
import { selectUnits, treeOrder } from "@/lib/dashboards/units";

/** Published figures next to their true values, and the relations a reader knows between them. */
class Published {
  readonly truth: number[] = [];
  readonly hidden: boolean[] = [];
  readonly lines: Line[] = [];
  add(truth: number, shown: Figure): number {
    if (shown !== null) expect(shown).toBe(truth);
    this.truth.push(truth);
    this.hidden.push(shown === null);
    return this.truth.length - 1;
  }
  check() {
    this.truth.forEach((v, i) => {
      if (isSmall(v)) expect(this.hidden[i], `a figure of ${v} is published`).toBe(true);
    });
    expect(recoverable(this.lines, this.hidden), "hidden figures recoverable by subtraction").toEqual([]);
  }
}

const topicsArbitrary = (unitIds: string[]) =>
  fc.array(fc.tuple(fc.array(count, { minLength: CATEGORIES.length, maxLength: CATEGORIES.length }), count), {
    minLength: unitIds.length,
    maxLength: unitIds.length,
  });

describe("the published dashboard over random unit trees and filters", () => {
  it("hides small figures and their complements in the overview and the heatmap", () => {
    fc.assert(
      fc.property(
        unitTree.chain((units) =>
          fc.tuple(fc.constant(units), populationOf(units), filterOf(units), topicsArbitrary(units.map((u) => u.id))),
        ),
        ([units, cells, f, problems]) => {
          const scope = new Set(units.map((u) => u.id));
          const picked = selectUnits(units, scope, f);
          if (!picked.ok) return;
          const filter = { units: picked.filtered ? picked.units : null, role: f.role, service: f.service };
          if (!checkPopulation(cells, filter).ok) return;

          const ordered = treeOrder(units, picked.units);
          const own = new Map(
            ordered.map(({ unit }) => [unit.id, countRespondents(cells, { ...filter, units: new Set([unit.id]) })]),
          );
          const total = [...own.values()].reduce((a, b) => a + b, 0);
          const overview = buildOverview({
            ordered,
            includeNoUnit: false,
            own,
            sources: new Map([["ONLINE", total]]),
            days: [{ date: "2026-04-08", respondents: total }],
            codes: new Map(),
            seminarPeople: 0,
            sessions: 0,
            withRates: false,
            campaignDay: { current: 1, total: 1, finished: false },
          });
          const book = new Published();
          const totalCell = book.add(total, overview.respondents);
          const ownCell = new Map(overview.units.map((row) => [row.unitId, book.add(own.get(row.unitId)!, row.own)]));
          const subtreeTruth = (id: string): number =>
            own.get(id)! +
            ordered.filter((r) => r.unit.parentId === id).reduce((s, r) => s + subtreeTruth(r.unit.id), 0);
          const figure = new Map(ownCell);
          for (const row of [...overview.units].reverse()) {
            if (row.subtree === undefined) continue;
            const cell = book.add(subtreeTruth(row.unitId), row.subtree);
            const children = ordered.filter((r) => r.unit.parentId === row.unitId).map((r) => figure.get(r.unit.id)!);
            book.lines.push({ total: cell, parts: [ownCell.get(row.unitId)!, ...children] });
            figure.set(row.unitId, cell);
          }
          const roots = ordered.filter((r) => !(r.unit.parentId && picked.units.has(r.unit.parentId)));
          book.lines.push({ total: totalCell, parts: roots.map((r) => figure.get(r.unit.id)!) });
          const sourceCells = overview.sources.map((s) => book.add(s.source === "ONLINE" ? total : 0, s.value));
          book.lines.push({ total: totalCell, parts: sourceCells });
          book.lines.push({ total: totalCell, parts: overview.days.map((d) => book.add(total, d.value)) });

          const byUnit = new Map(
            units.map((u, i) => {
              const [categoryCounts, extra] = problems[i];
              const topics = new Map<string, TopicTotals>(
                CATEGORIES.map((c, k) => [
                  `category:${c}`,
                  { respondents: categoryCounts[k], seminarPeople: 0, severityPoints: 0 },
                ]),
              );
              topics.set("any", {
                respondents: Math.max(...categoryCounts) + extra,
                seminarPeople: 0,
                severityPoints: 0,
              });
              return [u.id, topics];
            }),
          );
          const rowIds = ordered.map((r) => r.unit.id);
          const heat = buildCategories(rowIds, byUnit);
          const truth = (id: string, topic: string) => byUnit.get(id)!.get(topic)!.respondents;
          const anyCells = heat.rows.map((row) => book.add(truth(row.unitId, "any"), row.any));
          book.lines.push({
            total: book.add(
              rowIds.reduce((s, id) => s + truth(id, "any"), 0),
              heat.any,
            ),
            parts: anyCells,
          });
          CATEGORIES.forEach((c, k) => {
            const cells = heat.rows.map((row) => book.add(truth(row.unitId, `category:${c}`), row.cells[k].value));
            book.lines.push({
              total: book.add(
                rowIds.reduce((s, id) => s + truth(id, `category:${c}`), 0),
                heat.totals[k].value,
              ),
              parts: cells,
            });
          });
          book.check();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hides small Likert counts and anything that would give them away", () => {
    const question: QuestionInfo = {
      key: "q",
      type: "LIKERT",
      prompt: "",
      aspect: null,
      unit: null,
      min: 1,
      max: 5,
      norm: null,
      normLabel: null,
    };
    fc.assert(
      fc.property(fc.array(count, { minLength: 5, maxLength: 5 }), (counts) => {
        const likert = buildLikert(
          question,
          counts.map((c, i) => ({ value: i + 1, count: c })),
        );
        const book = new Published();
        const n = counts.reduce((a, b) => a + b, 0);
        const total = book.add(n, likert.n);
        book.lines.push({ total, parts: counts.map((c, i) => book.add(c, likert.counts[i])) });
        book.check();
        if (likert.n !== null) expect(isSmall(likert.hidden)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
