import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { splitProblemAction } from "@/app/(staff)/problems/actions";
import { scopeOf, type Scope } from "@/lib/auth/scope";
import { RowSpace } from "@/lib/dashboards/testing/row-space";
import { isSmall } from "@/lib/dashboards/suppression";
import { db } from "@/lib/db/client";
import { listProblems, listSuggestions, problemDetail } from "@/lib/problems/queries";
import { freshDemoCampaign, userByEmail } from "./helpers";

// The attacker of the problem register (the linear-equation reader of lib/dashboards/
// cross-view.test.ts, applied to problems): one reader writes down every people figure the
// register publishes for an aspect (the suggestion's figure and each problem's) before a split and
// after it, each as an equation over the people behind them (a respondent counts 1, a seminar
// finding its raisedBy). Exact elimination then asks whether any hidden figure of 1-4, or any
// group of 1-4 people the figures tell apart, is determined by what was published. Admins (the
// whole campaign) and a branch head (a sub-bureau) read; the figures are checked against counts
// taken straight from the evidence.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const READERS = ["admin@demo.local", "branchhead@demo.local"];
let campaignId: string;
let aspect: string;
let category: Awaited<ReturnType<typeof aspectCategory>>;
/** The aspect's people (whole campaign), in a fixed order: a respondent's id or a finding item's. */
let people: { who: string; weight: number; unitId: string | null; evidence: string[] }[];

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
  // The aspect most officers raised in writing, so that every split below has room.
  const [top] = await db.$queryRaw<{ aspect: string }[]>`
    SELECT e."aspectCode" AS aspect
    FROM "EvidenceItem" e JOIN "Answer" a ON a.id = e."answerId"
    WHERE e."campaignId" = ${campaignId} AND e.status IN ('ACCEPTED','CORRECTED')
    GROUP BY 1 ORDER BY count(DISTINCT a."responseId") DESC, 1 LIMIT 1`;
  aspect = top.aspect;
  category = await aspectCategory(aspect);
  const rows = await db.$queryRaw<{ who: string; weight: number; unitId: string | null; evidence: string[] }[]>`
    SELECT coalesce(a."responseId"::text, e.id::text) AS who,
           max(CASE WHEN a."responseId" IS NULL THEN coalesce(f."raisedBy", 0) ELSE 1 END)::int AS weight,
           min(e."unitId") AS "unitId", array_agg(e.id::text ORDER BY e.id) AS evidence
    FROM "EvidenceItem" e LEFT JOIN "Answer" a ON a.id = e."answerId" LEFT JOIN "Finding" f ON f.id = e."findingId"
    WHERE e."campaignId" = ${campaignId} AND e.status IN ('ACCEPTED','CORRECTED') AND e."aspectCode" = ${aspect}
    GROUP BY 1 ORDER BY 1`;
  people = rows.filter((r) => r.weight > 0);
  expect(people.length).toBeGreaterThanOrEqual(30);
}, 180_000);

beforeEach(async () => {
  session.userId = null;
  await db.problem.deleteMany({ where: { campaignId, aspectCode: aspect } });
});

const aspectCategory = async (code: string) => (await db.aspect.findUniqueOrThrow({ where: { code }, select: { category: true } })).category;

/** A problem on the aspect holding every reviewed item of the given people. */
async function problemOf(title: string, members: number[]) {
  const evidence = members.flatMap((i) => people[i].evidence);
  const created = await db.problem.create({
    data: { campaignId, title, titleZh: title, category, aspectCode: aspect, evidence: { create: evidence.map((evidenceId) => ({ evidenceId })) } },
    select: { id: true },
  });
  return created.id;
}

async function split(problemId: string, members: number[]) {
  session.userId = (await userByEmail("admin@demo.local")).id;
  const { version } = await db.problem.findUniqueOrThrow({ where: { id: problemId }, select: { version: true } });
  const result = await splitProblemAction({ problemId, version, evidenceIds: members.flatMap((i) => people[i].evidence), title: "Split off", titleZh: "拆分" });
  expect(result.ok).toBe(true);
  session.userId = null;
}

/** One reader's notebook: every published figure as an equation over the aspect's people. */
class Notebook {
  readonly published: { label: string; vector: bigint[] }[] = [];
  readonly hiddenSmall: { label: string; vector: bigint[]; truth: number }[] = [];
  constructor(readonly scope: Scope) {}

  private inScope(i: number) {
    return this.scope.kind === "all" || (people[i].unitId !== null && this.scope.unitIds.includes(people[i].unitId!));
  }

  record(label: string, members: Set<number>, shown: number | null) {
    const vector = people.map((_, i) => (members.has(i) && this.inScope(i) ? 1n : 0n));
    const truth = people.reduce((sum, p, i) => sum + (vector[i] ? p.weight : 0), 0);
    if (shown === null) {
      if (isSmall(truth)) this.hiddenSmall.push({ label, vector, truth });
      return;
    }
    expect(shown, `${label}: a published figure is the true figure`).toBe(truth);
    expect(isSmall(shown), `${label}: a figure of ${shown} is published`).toBe(false);
    this.published.push({ label, vector });
  }

  /** Hidden figures of 1-4, and groups of 1-4 people told apart by the figures, that are determined. */
  attack(): string[] {
    const space = new RowSpace(people.length);
    for (const { vector } of this.published) space.add(vector);
    const found = this.hiddenSmall.filter((h) => space.contains(h.vector)).map((h) => `${h.label} = ${h.truth}`);
    // The finest groups the figures tell apart: people with the same membership in every figure.
    const groups = new Map<string, number[]>();
    const all = [...this.published, ...this.hiddenSmall];
    people.forEach((_, i) => {
      if (!this.inScope(i)) return;
      const signature = all.map((f) => (f.vector[i] ? "1" : "0")).join("");
      groups.set(signature, [...(groups.get(signature) ?? []), i]);
    });
    for (const [signature, members] of groups) {
      const total = members.reduce((sum, i) => sum + people[i].weight, 0);
      if (!isSmall(total)) continue;
      const vector = people.map((_, i) => (members.includes(i) ? 1n : 0n));
      if (space.contains(vector)) found.push(`group ${signature} = ${total}`);
    }
    return found;
  }
}

/** Reads the register as each reader sees it and writes every figure of the aspect down. */
async function readRegister(books: Map<string, Notebook>, moment: string) {
  const links = await db.problemEvidence.findMany({ where: { problem: { campaignId, aspectCode: aspect } }, select: { problemId: true, evidenceId: true } });
  const holder = new Map<string, number>();
  people.forEach((p, i) => p.evidence.forEach((e) => holder.set(e, i)));
  const membersOf = (problemId: string) => new Set(links.filter((l) => l.problemId === problemId).map((l) => holder.get(l.evidenceId)!));
  for (const [email, book] of books) {
    const suggestion = (await listSuggestions(book.scope, campaignId)).find((s) => s.aspectCode === aspect);
    book.record(`${moment} aspect ${aspect}`, new Set(people.keys()), suggestion?.figures.people ?? null);
    const problems = (await listProblems(book.scope, campaignId)).filter((p) => p.aspectCode === aspect);
    for (const problem of problems) {
      const members = membersOf(problem.id);
      book.record(`${moment} ${problem.title}`, members, problem.figures.people);
      const detail = (await problemDetail(book.scope, problem.id))!;
      expect(detail.figures.people, `${email}: the list and the page agree`).toBe(problem.figures.people);
      if (problem.figures.people === null) {
        // A hidden figure shows no texts and no count of items: either would tell its size.
        expect(problem.quotes, `${email} ${moment} ${problem.title}`).toEqual([]);
        expect(detail.evidence, `${email} ${moment} ${problem.title}`).toEqual([]);
        expect(detail.evidenceCount, `${email} ${moment} ${problem.title}`).toBeNull();
      }
    }
  }
}

async function notebooks() {
  const books = new Map<string, Notebook>();
  for (const email of READERS) books.set(email, new Notebook(await scopeOf(await userByEmail(email))));
  return books;
}

function expectNoLeak(books: Map<string, Notebook>) {
  for (const [email, book] of books) expect(book.attack(), email).toEqual([]);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("splitting a problem", () => {
  it("leaks no small half through the figure the problem had before the split", async () => {
    const books = await notebooks();
    const n = people.length;
    const problem = await problemOf("Whole", range(0, n - 8)); // 8 people of the aspect stay unlinked
    await readRegister(books, "before");
    await split(problem, range(0, 3)); // a half of 3 people
    await readRegister(books, "after");
    expectNoLeak(books);
  });

  it("still publishes both halves, and the figure before, where every group has 5 or more people", async () => {
    const scope = await scopeOf(await userByEmail("admin@demo.local"));
    const books = new Map([["admin@demo.local", new Notebook(scope)]]);
    const n = people.length;
    const problem = await problemOf("Whole", range(0, n - 8));
    await readRegister(books, "before");
    await split(problem, range(0, 6));
    await readRegister(books, "after");
    expectNoLeak(books);
    const shown = (await listProblems(scope, campaignId)).filter((p) => p.aspectCode === aspect).map((p) => [p.title, p.figures.people]);
    const weight = (from: number, to: number) => range(from, to).reduce((sum, i) => sum + people[i].weight, 0);
    expect(shown.sort()).toEqual([["Split off", weight(0, 6)], ["Whole", weight(6, n - 8)]]);
    expect(books.get("admin@demo.local")!.published).toHaveLength(5); // the aspect twice, the problem before, both halves
  });

  it("leaks no small half through a sibling problem on the same aspect", async () => {
    const books = await notebooks();
    const n = people.length;
    await problemOf("First", range(0, 12));
    const second = await problemOf("Second", range(12, n));
    await readRegister(books, "before");
    await split(second, range(12, 14));
    await readRegister(books, "after");
    expectNoLeak(books);
  });

  it("leaks no small problem through the sum of its published siblings and the aspect", async () => {
    const books = await notebooks();
    const n = people.length;
    await problemOf("One", range(0, 12));
    await problemOf("Two", range(12, n - 3));
    await problemOf("Three", range(n - 3, n));
    await readRegister(books, "now");
    expectNoLeak(books);
  });

  it("leaks nothing over random problems and splits (seeded)", async () => {
    let seed = 20261203;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 6; round++) {
      await db.problem.deleteMany({ where: { campaignId, aspectCode: aspect } });
      const books = await notebooks();
      const order = [...people.keys()].sort(() => random(3) - 1);
      const linked = order.slice(0, people.length - random(10));
      const cut = 3 + random(linked.length - 6);
      const first = await problemOf(`R${round}a`, linked.slice(0, cut));
      const second = await problemOf(`R${round}b`, linked.slice(cut));
      await readRegister(books, `round ${round} before`);
      const from = random(2) === 0 ? first : second;
      const pool = from === first ? linked.slice(0, cut) : linked.slice(cut);
      await split(from, pool.slice(0, 1 + random(Math.min(6, pool.length - 1))));
      await readRegister(books, `round ${round} after`);
      expectNoLeak(books);
    }
  }, 120_000);
});
