import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { todayUtc } from "@/lib/dates";
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, VISITED_UNITS } from "@/lib/demo/organisation";
import { DEMO_QUESTIONNAIRE, LIKERT_LABELS } from "@/lib/demo/questionnaire";
import { generateResponses } from "@/lib/demo/responses";
import { DEMO_SESSIONS } from "@/lib/demo/findings";
import { classifyAllPendingEvidence } from "@/lib/classification/service";
import { ASPECTS } from "@/lib/classification/taxonomy";
import { seedDemoAccessCodes } from "@/lib/demo/access-codes";
import { seedDemoReview } from "@/lib/demo/review";
import { seedDemoFollowUp } from "@/lib/demo/follow-up";
import { seedEarlierCampaign } from "@/lib/demo/earlier-campaign";

const DEMO_CAMPAIGN_SLUG = "warning-project";
// The seed report's 16 field days end on the day the demo is loaded, and its questionnaire stays
// open 30 days more: only an open campaign within its dates takes answers, and the demo must be
// explorable by officers too (a campaign dated last April would be closed).
const DEMO_FIELD_DAYS = 16;
const DEMO_OPEN_AFTER_DAYS = 30;
const START = new Date(todayUtc().getTime() - (DEMO_FIELD_DAYS - 1) * 86_400_000);
const day = (offset: number) => new Date(START.getTime() + offset * 86_400_000);


/**
 * Loads the seed report's campaign. Returns false when it is already there. `earlierCampaign`
 * (the demo's `--demo` bootstrap) adds last year's survey to compare with; tests of the demo
 * campaign alone leave it out.
 */
export async function seedDemo(db: PrismaClient, options: { earlierCampaign?: boolean } = {}): Promise<boolean> {
  if (await db.campaign.findUnique({ where: { slug: DEMO_CAMPAIGN_SLUG }, select: { id: true } })) return false;

  const unitIds = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const row = await db.unit.upsert({
      where: { code: unit.code },
      update: {},
      create: { code: unit.code, name: unit.name, nameZh: unit.nameZh, type: unit.type, headcount: unit.headcount, parentId: unit.parent ? unitIds.get(unit.parent)! : null },
      select: { id: true },
    });
    unitIds.set(unit.code, row.id);
  }
  const unitId = (code: string) => unitIds.get(code)!;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, role: user.role, passwordHash, unitId: user.unit ? unitId(user.unit) : null },
      select: { id: true },
    });
    userIds.set(user.email, row.id);
  }

  const campaign = await db.campaign.create({
    data: {
      slug: DEMO_CAMPAIGN_SLUG,
      name: "“Warning Project” listening campaign",
      nameZh: "“警心工程”调研活动",
      startsOn: START,
      endsOn: day(DEMO_FIELD_DAYS - 1 + DEMO_OPEN_AFTER_DAYS),
      status: "ACTIVE",
      methods: ["unit_reports", "seminars", "questionnaires"],
      units: { create: VISITED_UNITS.map((code) => ({ unitId: unitId(code) })) },
    },
    select: { id: true },
  });

  for (const group of DEMO_GROUPS) {
    await db.researchGroup.create({
      data: {
        campaignId: campaign.id,
        name: group.name,
        nameZh: group.nameZh,
        members: { create: [{ userId: userIds.get(group.lead)!, isLead: true }] },
        units: { create: group.units.map((code, index) => ({ unitId: unitId(code), visitOn: day(Math.floor((index * 15) / group.units.length)) })) },
      },
    });
  }

  const questionIds = await seedQuestionnaire(db, campaign.id);
  await seedResponses(db, campaign.id, questionIds.versionId, questionIds.byKey, unitId);
  await seedSessions(db, campaign.id, unitId, userIds);
  await seedDemoAccessCodes(db, campaign.id);
  await seedDemoReview(db, campaign.id);
  // After the review: problems link the reviewed evidence of their aspects.
  await seedDemoFollowUp(db, campaign.id, userIds);
  // What the review queue shows is made where evidence is created, never by the page that reads it.
  await classifyAllPendingEvidence(db);
  // Last, so nothing above sees it: the dashboards' comparison with an earlier campaign.
  if (options.earlierCampaign)
    await seedEarlierCampaign(db, { currentStart: START, unitId, questionnaire: (id, on) => seedQuestionnaire(db, id, on, "RETIRED") });
  return true;
}

async function seedQuestionnaire(db: PrismaClient, campaignId: string, publishedOn = START, status: "PUBLISHED" | "RETIRED" = "PUBLISHED") {
  const q = DEMO_QUESTIONNAIRE;
  // Last year's copy says so in its title: two questionnaires of one name in the list are a puzzle.
  const [title, titleZh] = status === "RETIRED" ? [`${q.title} (last year)`, `${q.titleZh}（去年）`] : [q.title, q.titleZh];
  const questionnaire = await db.questionnaire.create({
    data: {
      campaignId,
      title,
      language: "en",
      versions: {
        create: { version: 1, status, title, titleTranslation: titleZh, intro: q.intro, introTranslation: q.introZh, publishedOn },
      },
    },
    select: { versions: { select: { id: true } } },
  });
  const versionId = questionnaire.versions[0].id;
  const byKey = new Map<string, string>();
  for (const [sectionIndex, section] of q.sections.entries()) {
    const created = await db.questionnaireSection.create({ data: { versionId, order: sectionIndex, title: section.title, titleTranslation: section.titleZh }, select: { id: true } });
    for (const [order, question] of section.questions.entries()) {
      const options = question.type === "LIKERT" ? LIKERT_LABELS.map(([en, zh], i) => [String(i + 1), en, zh] as const) : (question.options ?? []);
      const row = await db.question.create({
        data: {
          sectionId: created.id, order, key: question.key, type: question.type, prompt: question.prompt, promptTranslation: question.promptZh,
          help: question.help ?? "", helpTranslation: question.helpZh ?? "",
          required: question.required ?? false, aspectCode: question.aspect ?? null, profileField: question.profile ?? null,
          numberUnit: question.number?.unit ?? null, minValue: question.number?.min ?? null, maxValue: question.number?.max ?? null,
          normValue: question.number?.norm ?? null, normLabel: question.number?.normLabel ?? null,
          numberUnitTranslation: question.number?.unitZh ?? "", normLabelTranslation: question.number?.normLabelZh ?? "",
          options: { create: options.map(([value, label, labelTranslation], i) => ({ order: i, value, label, labelTranslation })) },
        },
        select: { id: true },
      });
      byKey.set(question.key, row.id);
    }
  }
  return { versionId, byKey };
}

async function seedResponses(db: PrismaClient, campaignId: string, versionId: string, byKey: Map<string, string>, unitId: (code: string) => string) {
  const responses = generateResponses();
  await db.response.createMany({
    data: responses.map((r) => ({
      id: r.id, campaignId, versionId, unitId: unitId(r.unit), source: r.source, submittedOn: day(r.day),
      roleLevel: r.roleLevel, serviceYears: r.serviceYears, ageBand: r.ageBand,
    })),
  });
  const answers = responses.flatMap((r) =>
    r.answers.map((a) => ({ responseId: r.id, questionId: byKey.get(a.key)!, numberValue: a.numberValue ?? null, textValue: a.textValue ?? null, choices: a.choices ?? [] })),
  );
  await db.answer.createMany({ data: answers });
  const texts = await db.answer.findMany({
    where: { response: { campaignId }, textValue: { not: null } },
    select: { id: true, textValue: true, response: { select: { unitId: true } } },
  });
  await db.evidenceItem.createMany({
    data: texts.map((t) => ({ campaignId, unitId: t.response.unitId, kind: "ANSWER" as const, answerId: t.id, text: t.textValue! })),
  });
}

async function seedSessions(db: PrismaClient, campaignId: string, unitId: (code: string) => string, userIds: Map<string, string>) {
  const groups = await db.researchGroup.findMany({ where: { campaignId }, select: { id: true, units: { select: { unitId: true } }, members: { select: { userId: true } } } });
  for (const session of DEMO_SESSIONS) {
    const group = groups.find((g) => g.units.some((u) => u.unitId === unitId(session.unit)));
    const created = await db.listeningSession.create({
      data: {
        campaignId, unitId: unitId(session.unit), groupId: group?.id ?? null, kind: session.kind, heldOn: day(session.day),
        participants: session.participants, notes: session.notes, loggedById: group?.members[0]?.userId ?? userIds.get("admin@demo.local")!,
      },
      select: { id: true },
    });
    for (const finding of session.findings) {
      const aspect = ASPECTS.find((a) => a.code === finding.aspect)!;
      const row = await db.finding.create({
        data: {
          sessionId: created.id, statement: finding.statement, quote: finding.quote ?? null, category: aspect.category, aspectCode: aspect.code,
          severity: finding.severity, raisedBy: finding.raisedBy, figures: { create: finding.figures ?? [] },
        },
        select: { id: true },
      });
      await db.evidenceItem.create({
        data: {
          campaignId, unitId: unitId(session.unit), kind: "FINDING", findingId: row.id,
          text: finding.quote ? `${finding.statement} “${finding.quote}”` : finding.statement,
          status: "ACCEPTED", categories: [aspect.category], aspectCode: aspect.code, reviewedOn: day(session.day),
        },
      });
    }
  }
}

