// The aggregates are maintained by PostgreSQL triggers. Whatever happens to responses, answers,
// evidence and findings (one at a time, in bulk, in parallel transactions), the incrementally
// maintained counts, once the waiting responses are folded in as every dashboard read does, must
// equal a recomputation from scratch (dashboard_rebuild()).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countWaitingResponses, foldAfterSubmission } from "@/lib/dashboards/pending";
import { eraseAggregateOrder } from "@/lib/dashboards/storage-order";
import { seedDemo } from "@/lib/demo/seed";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";
import { resetDatabase } from "./helpers";
import { applyMigrations } from "../../scripts/db/migrate.mjs";

async function snapshot() {
  await countWaitingResponses();
  const [respondents, answers, choices, topics, traces] = await Promise.all([
    db.dashboardRespondentCount.findMany({
      where: { respondents: { not: 0 } },
      orderBy: [
        { campaignId: "asc" },
        { unitId: "asc" },
        { roleLevel: "asc" },
        { serviceYears: "asc" },
        { source: "asc" },
        { submittedOn: "asc" },
      ],
    }),
    db.dashboardAnswerCount.findMany({
      where: { answers: { not: 0 } },
      orderBy: [
        { campaignId: "asc" },
        { roleLevel: "asc" },
        { serviceYears: "asc" },
        { unitId: "asc" },
        { questionId: "asc" },
        { value: "asc" },
      ],
    }),
    db.dashboardChoiceCount.findMany({
      where: { answers: { not: 0 } },
      orderBy: [
        { campaignId: "asc" },
        { unitId: "asc" },
        { roleLevel: "asc" },
        { serviceYears: "asc" },
        { questionId: "asc" },
        { option: "asc" },
      ],
    }),
    db.dashboardTopicCount.findMany({
      where: { OR: [{ respondents: { not: 0 } }, { seminarPeople: { not: 0 } }, { severityPoints: { not: 0 } }] },
      orderBy: [
        { campaignId: "asc" },
        { roleLevel: "asc" },
        { serviceYears: "asc" },
        { unitId: "asc" },
        { topic: "asc" },
      ],
    }),
    db.dashboardEvidenceTrace.findMany({ orderBy: { evidenceId: "asc" } }),
  ]);
  return { respondents, answers, choices, topics, traces };
}

/** The triggers' state must be exactly what a full recomputation gives. */
async function expectConsistent() {
  const incremental = await snapshot();
  await db.$queryRaw`SELECT dashboard_rebuild()::text`;
  const rebuilt = await snapshot();
  expect(incremental.respondents).toEqual(rebuilt.respondents);
  expect(incremental.answers).toEqual(rebuilt.answers);
  expect(incremental.choices).toEqual(rebuilt.choices);
  expect(incremental.topics).toEqual(rebuilt.topics);
  expect(incremental.traces).toEqual(rebuilt.traces);
  // The campaign-wide rows (unit '*') are the sums of the units' rows, which the head's dashboard
  // reads instead of summing them (lib/dashboards/campaign-reads.ts).
  const [{ wide, sums }] = await db.$queryRaw<{ wide: string; sums: string }[]>`
    SELECT (SELECT coalesce(string_agg(x, '|' ORDER BY x), '') FROM (
              SELECT concat_ws(',', "campaignId", "roleLevel", "serviceYears", "questionId", value, answers) AS x
              FROM "DashboardAnswerCount" WHERE "unitId" = '*') w) AS wide,
           (SELECT coalesce(string_agg(x, '|' ORDER BY x), '') FROM (
              SELECT concat_ws(',', "campaignId", "roleLevel", "serviceYears", "questionId", value, sum(answers)) AS x
              FROM "DashboardAnswerCount"
              WHERE "unitId" <> '*' AND ("roleLevel" = '*') <> ("serviceYears" = '*')
              GROUP BY "campaignId", "roleLevel", "serviceYears", "questionId", value
              HAVING sum(answers) <> 0) s) AS sums`;
  expect(wide.length).toBeGreaterThan(0);
  expect(wide).toEqual(sums);
  return rebuilt;
}

let campaignId = "";

beforeAll(async () => {
  await resetDatabase();
  await installDefaultTaxonomy(db);
  await seedDemo(db);
  campaignId = (await db.campaign.findFirstOrThrow({ select: { id: true } })).id;
}, 180_000); // the demo's seed through every trigger: over a minute on a 2-core machine at load 30

const pendingAnswers = (take: number, skip = 0) =>
  db.evidenceItem.findMany({
    where: { kind: "ANSWER", status: "PENDING" },
    orderBy: { id: "asc" },
    take,
    skip,
    select: { id: true, answerId: true },
  });

describe("aggregates maintained by triggers", () => {
  it("match a rebuild after the demo's bulk load", async () => {
    const state = await expectConsistent();
    expect(state.respondents.reduce((s, r) => s + r.respondents, 0)).toBe(320);
    expect(state.traces.length).toBeGreaterThan(0);
  });

  it("get their campaign-wide rows filled in when prisma/sql is applied to counts made without them", async () => {
    await countWaitingResponses();
    await db.$executeRaw`DELETE FROM "DashboardAnswerCount" WHERE "unitId" = '*'`;
    await applyMigrations(process.env.DATABASE_URL!, { log: () => {} });
    await expectConsistent();
    // Applied again (every start does), it adds nothing.
    const before = await db.dashboardAnswerCount.count();
    await applyMigrations(process.env.DATABASE_URL!, { log: () => {} });
    expect(await db.dashboardAnswerCount.count()).toBe(before);
  });

  it("follow reviews: accepting, correcting, masking, rejecting, and several texts of one respondent", async () => {
    const items = await pendingAnswers(40);
    await db.evidenceItem.updateMany({
      where: { id: { in: items.slice(0, 30).map((i) => i.id) } },
      data: { status: "ACCEPTED", categories: ["workload", "funding"], aspectCode: "B1", maskedText: "masked" },
    });
    await expectConsistent();
    await db.evidenceItem.update({
      where: { id: items[0].id },
      data: { status: "CORRECTED", categories: ["rights"], aspectCode: "A5" },
    });
    await db.evidenceItem.update({ where: { id: items[1].id }, data: { status: "NOT_A_PROBLEM" } });
    await db.evidenceItem.update({ where: { id: items[2].id }, data: { maskedText: null } });
    await expectConsistent();
    // Every text of one respondent on the same topic: the respondent counts once.
    const answer = await db.answer.findFirstOrThrow({
      where: { id: items[5].answerId! },
      select: { responseId: true },
    });
    await db.evidenceItem.updateMany({
      where: { answer: { responseId: answer.responseId } },
      data: { status: "ACCEPTED", categories: ["workload"], aspectCode: "B1" },
    });
    await expectConsistent();
  });

  it("follow seminar findings, profile and unit corrections, edits and deletions", async () => {
    await db.finding.updateMany({ where: { raisedBy: { gt: 8 } }, data: { raisedBy: 3, severity: "LOW" } });
    await expectConsistent();
    const reviewed = await db.dashboardEvidenceTrace.findFirstOrThrow({
      where: { responseId: { not: null } },
      select: { responseId: true },
    });
    const otherUnit = await db.unit.findFirstOrThrow({ where: { code: "DT-TR" }, select: { id: true } });
    await db.response.update({
      where: { id: reviewed.responseId! },
      data: { roleLevel: "leader", serviceYears: null, unitId: otherUnit.id },
    });
    await db.response.updateMany({ where: { source: "PAPER" }, data: { serviceYears: "15_plus" } });
    await expectConsistent();
    await db.answer.updateMany({ where: { numberValue: { gte: 14 } }, data: { numberValue: 9 } });
    await db.answer.deleteMany({ where: { numberValue: 9 } });
    await expectConsistent();
    // Choice answers: options changed, emptied and removed are taken back option by option.
    const chosen = await db.answer.findMany({
      where: { question: { type: "MULTI_CHOICE" }, NOT: { choices: { isEmpty: true } } },
      take: 3,
      select: { id: true },
    });
    expect(chosen).toHaveLength(3);
    expect(await db.dashboardChoiceCount.count()).toBeGreaterThan(0);
    await db.answer.update({ where: { id: chosen[0].id }, data: { choices: ["radios", "funds"] } });
    await db.answer.update({ where: { id: chosen[1].id }, data: { choices: [] } });
    await db.answer.delete({ where: { id: chosen[2].id } });
    await expectConsistent();
    const texts = await db.dashboardEvidenceTrace.findMany({
      where: { responseId: { not: null } },
      take: 3,
      select: { evidenceId: true, responseId: true },
    });
    await db.evidenceItem.delete({ where: { id: texts[0].evidenceId } });
    await db.answer.deleteMany({ where: { evidence: { id: texts[1].evidenceId } } }); // cascades to the evidence item
    await db.response.delete({ where: { id: texts[2].responseId! } }); // cascades to answers and evidence
    await db.finding.deleteMany({ where: { severity: "LOW" } });
    await expectConsistent();
  });

  it("stay exact under concurrent submissions and reviews", async () => {
    const version = await db.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    const questions = await db.question.findMany({
      where: { type: { in: ["NUMBER", "LIKERT", "TEXT"] } },
      select: { id: true, type: true },
    });
    const units = await db.unit.findMany({ select: { id: true } });
    // The same statements as the survey write path (storeResponse in lib/surveys/intake.ts), 40 at once.
    const submit = (i: number) =>
      db
        .$transaction(
          async (tx) => {
            const responseId = randomUUID();
            await tx.response.create({
              data: {
                id: responseId,
                campaignId,
                versionId: version.id,
                unitId: units[i % 4].id,
                source: "ONLINE",
                submittedOn: new Date(Date.UTC(2026, 3, 8 + (i % 3))),
                roleLevel: ["leader", "officer", null][i % 3],
                serviceYears: ["0_5", null][i % 2],
              },
            });
            const answers = questions.map((q) => ({
              id: randomUUID(),
              responseId,
              questionId: q.id,
              numberValue: q.type === "TEXT" ? null : (i % 5) + 1,
              textValue: q.type === "TEXT" ? `text ${i}` : null,
            }));
            await tx.answer.createMany({ data: answers });
            await tx.evidenceItem.createMany({
              data: answers
                .filter((a) => a.textValue)
                .map((a) => ({
                  campaignId,
                  unitId: units[i % 4].id,
                  kind: "ANSWER" as const,
                  answerId: a.id,
                  text: a.textValue!,
                  status: "ACCEPTED" as const,
                  categories: ["workload" as const],
                  aspectCode: "B1",
                })),
            });
          },
          { maxWait: 60_000, timeout: 60_000 },
        )
        .then(foldAfterSubmission); // as the survey does once the answer is sent
    const review = async (skip: number) => {
      const items = await pendingAnswers(5, skip);
      await db.evidenceItem.updateMany({
        where: { id: { in: items.map((x) => x.id) } },
        data: { status: "CORRECTED", categories: ["training"], aspectCode: "E1", maskedText: "m" },
      });
    };
    const before = (await snapshot()).respondents.reduce((s, r) => s + r.respondents, 0);
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => submit(i)),
      ...Array.from({ length: 6 }, (_, i) => review(i * 5)),
    ]);
    const state = await expectConsistent();
    expect(state.respondents.reduce((s, r) => s + r.respondents, 0)).toBe(before + 40);
  });

  it("count a new response in a later batch, and every other change at once", async () => {
    const respondents = async () =>
      (await db.dashboardRespondentCount.aggregate({ _sum: { respondents: true } }))._sum.respondents ?? 0;
    const version = await db.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    const numbers = await db.question.findMany({ where: { type: "NUMBER" }, take: 2, select: { id: true } });
    const units = await db.unit.findMany({ take: 2, select: { id: true } });
    const respond = async () => {
      const id = randomUUID();
      await db.$transaction([
        db.response.create({
          data: {
            id,
            campaignId,
            versionId: version.id,
            unitId: units[0].id,
            source: "ONLINE",
            submittedOn: new Date(Date.UTC(2026, 3, 9)),
          },
        }),
        db.answer.create({ data: { responseId: id, questionId: numbers[0].id, numberValue: 7 } }),
      ]);
      return id;
    };
    await countWaitingResponses();
    const before = await respondents();

    const first = await respond();
    expect(await db.dashboardPendingResponse.count()).toBe(1);
    expect(await respondents()).toBe(before); // waiting, not counted yet
    // A fold that would have to wait for another one gives up at once and leaves the list alone.
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT dashboard_lock()::text`;
      const [{ folded }] = await db.$queryRaw<{ folded: number }[]>`SELECT dashboard_fold(false) AS folded`;
      expect(folded).toBe(-1);
    });
    expect(await db.dashboardPendingResponse.count()).toBe(1);
    await foldAfterSubmission();
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    expect(await respondents()).toBe(before + 1);

    // An answer added to a counted response counts at once.
    await db.answer.create({ data: { responseId: first, questionId: numbers[1].id, numberValue: 4 } });
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    // A waiting response that moves or goes is folded in first, then moved or taken back.
    const second = await respond();
    await db.response.update({ where: { id: second }, data: { unitId: units[1].id, roleLevel: "leader" } });
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    const third = await respond();
    await db.response.delete({ where: { id: third } });
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    await expectConsistent();
    expect(await respondents()).toBe(before + 2);
  });

  it("forget a deleted campaign", async () => {
    await db.campaign.delete({ where: { id: campaignId } });
    const state = await snapshot();
    expect([state.respondents, state.answers, state.topics, state.traces].map((rows) => rows.length)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(await db.dashboardAnswerCount.count()).toBe(0);
  });
});

describe("erasing the order of submissions", () => {
  it("leaves no aggregate row stamped with the transaction of the submission that changed it", async () => {
    await resetDatabase();
    await installDefaultTaxonomy(db);
    await seedDemo(db);
    // unsafe-raw-ok: called only with the literal table names of this test.
    const stamps = async (table: string) =>
      (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(DISTINCT xmin::text)::int AS n FROM "${table}"`))[0].n;
    // Three more officers answer, one transaction each, as the survey does.
    const campaign = await db.campaign.findFirstOrThrow({ select: { id: true } });
    const version = await db.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    const question = await db.question.findFirstOrThrow({ where: { key: "hours_day" }, select: { id: true } });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "PS-MK" }, select: { id: true } });
    for (const hours of [19, 20, 21]) {
      const id = randomUUID();
      await db.$transaction([
        db.response.create({
          data: {
            id,
            campaignId: campaign.id,
            versionId: version.id,
            unitId: unit.id,
            source: "ONLINE",
            submittedOn: new Date(Date.UTC(2026, 3, 9)),
            roleLevel: "leader",
          },
        }),
        db.answer.create({ data: { responseId: id, questionId: question.id, numberValue: hours } }),
      ]);
      await foldAfterSubmission();
    }
    expect(await stamps("DashboardAnswerCount")).toBeGreaterThan(1);
    await eraseAggregateOrder();
    for (const table of [
      "DashboardRespondentCount",
      "DashboardAnswerCount",
      "DashboardChoiceCount",
      "DashboardTopicCount",
      "DashboardEvidenceTrace",
    ]) {
      expect(await stamps(table), table).toBe(1);
    }
    await expectConsistent(); // and nothing was lost
  }, 90_000); // a fresh demo, then CLUSTER of every table: slow on a busy 2-core machine
});
