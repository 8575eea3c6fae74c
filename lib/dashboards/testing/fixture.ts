// The small, hand-computable fixture behind tests/integration/dashboards*.test.ts: five units,
// 29 respondents with known hours, Likert answers, free texts and reviews, one seminar finding, a
// previous campaign to compare with, and a research lead. The expected figures are worked out
// in the comments of those tests. Test-only: it writes to whatever DATABASE_URL points at.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";

type Review = {
  status: "ACCEPTED" | "CORRECTED" | "PENDING" | "NOT_A_PROBLEM";
  categories: ("rights" | "workload" | "funding" | "equipment")[];
  aspect: string | null;
  masked: string | null;
};
type Spec = {
  unit: string;
  role: string | null;
  service: string | null;
  source: "ONLINE" | "PAPER";
  hours: number;
  work?: Review;
  rights?: Review;
};

const ids: Record<string, string> = {};
const day = (n: number) => new Date(Date.UTC(2026, 3, 8 + n));
const LIKERT = [
  ...Array(10).fill(1),
  ...Array(9).fill(2),
  ...Array(5).fill(3),
  ...Array(3).fill(4),
  ...Array(2).fill(5),
];

// 29 respondents: A1 8 (6 officers, 2 leaders), A2 6 officers, A 3 leaders, B 12 (8 officers, 4 leaders).
const SPECS: Spec[] = [
  ...[10, 10, 11, 11, 12, 12, 13, 14].map((hours, i): Spec => ({
    unit: "A1",
    role: i < 6 ? "officer" : "leader",
    service: i < 4 ? "0_5" : "15_plus",
    source: i < 2 ? "PAPER" : "ONLINE",
    hours,
    // The last one's text names a phone number and was never masked: counted, never shown.
    work: {
      status: "ACCEPTED",
      categories: ["workload"],
      aspect: "B1",
      masked: i === 7 ? null : `A1 masked work ${i}`,
    },
    ...(i < 3
      ? {
          rights: {
            status: "CORRECTED",
            categories: ["rights", "workload"],
            aspect: "A5",
            masked: `A1 masked rights ${i}`,
          } as Review,
        }
      : {}),
  })),
  ...[8, 9, 9, 10, 10, 16].map((hours, i): Spec => ({
    unit: "A2",
    role: "officer",
    service: "5_15",
    source: "ONLINE",
    hours,
    ...(i < 2 ? { work: { status: "PENDING", categories: [], aspect: null, masked: null } as Review } : {}),
  })),
  ...[12, 12, 12].map((hours, i): Spec => ({
    unit: "A",
    role: "leader",
    service: "15_plus",
    source: "ONLINE",
    hours,
    work: { status: "ACCEPTED", categories: ["equipment"], aspect: "B3", masked: `A masked ${i}` },
  })),
  ...[9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12].map((hours, i): Spec => ({
    unit: "B",
    role: i < 8 ? "officer" : "leader",
    service: i < 6 ? "0_5" : "5_15",
    source: i < 3 ? "PAPER" : "ONLINE",
    hours,
    work:
      i < 10
        ? { status: "ACCEPTED", categories: ["workload", "funding"], aspect: "B1", masked: `B masked work ${i}` }
        : { status: "NOT_A_PROBLEM", categories: [], aspect: null, masked: null },
  })),
];

async function questionnaire(campaignId: string, withNumbers: boolean) {
  const version = await db.questionnaireVersion.create({
    data: {
      questionnaire: { create: { campaignId, title: "Q" } },
      version: 1,
      status: "PUBLISHED",
      title: "Q",
      sections: { create: { order: 0, title: "S" } },
    },
    select: { id: true, sections: { select: { id: true } } },
  });
  const sectionId = version.sections[0].id;
  const question = async (order: number, data: Record<string, unknown>) =>
    (
      await db.question.create({
        data: { sectionId, order, key: String(data.key), type: data.type as "TEXT", prompt: String(data.key), ...data },
        select: { id: true },
      })
    ).id;
  const q = {
    versionId: version.id,
    work: await question(0, { key: "work_text", type: "TEXT", aspectCode: "B1" }),
    rights: await question(1, { key: "rights_text", type: "TEXT", aspectCode: "A5" }),
    hours: withNumbers
      ? await question(2, {
          key: "hours_day",
          type: "NUMBER",
          aspectCode: "A2",
          numberUnit: "hours",
          minValue: 0,
          maxValue: 24,
          normValue: 8,
          normLabel: "8-hour day",
        })
      : "",
    likert: withNumbers ? await question(3, { key: "assessment_fair", type: "LIKERT", aspectCode: "C3" }) : "",
  };
  if (withNumbers) {
    for (const [order, key, field, values] of [
      [4, "role_level", "ROLE_LEVEL", ["leader", "officer", "prefer_not"]],
      [5, "service_years", "SERVICE_YEARS", ["0_5", "5_15", "15_plus"]],
    ] as const) {
      await db.question.create({
        data: {
          sectionId,
          order,
          key,
          type: "SINGLE_CHOICE",
          prompt: key,
          profileField: field,
          options: { create: values.map((value, i) => ({ order: i, value, label: value })) },
        },
      });
    }
  }
  return q;
}

async function respond(
  campaignId: string,
  q: Awaited<ReturnType<typeof questionnaire>>,
  spec: Spec,
  index: number,
  on: Date,
) {
  const responseId = randomUUID();
  await db.response.create({
    data: {
      id: responseId,
      campaignId,
      versionId: q.versionId,
      unitId: ids[spec.unit],
      source: spec.source,
      submittedOn: on,
      roleLevel: spec.role,
      serviceYears: spec.service,
    },
  });
  if (q.hours)
    await db.answer.createMany({
      data: [
        { responseId, questionId: q.hours, numberValue: spec.hours },
        { responseId, questionId: q.likert, numberValue: LIKERT[index] },
      ],
    });
  for (const [questionId, review] of [
    [q.work, spec.work],
    [q.rights, spec.rights],
  ] as const) {
    if (!review) continue;
    const answerId = randomUUID();
    await db.answer.create({
      data: { id: answerId, responseId, questionId, textValue: `raw text ${review.masked ?? "call 13912345678"}` },
    });
    await db.evidenceItem.create({
      data: {
        campaignId,
        unitId: ids[spec.unit],
        kind: "ANSWER",
        answerId,
        text: `raw text ${review.masked ?? "call 13912345678"}`,
        status: review.status,
        categories: review.categories,
        aspectCode: review.aspect,
        maskedText: review.masked,
      },
    });
  }
}

export async function loadDashboardFixture(): Promise<Record<string, string>> {
  await installDefaultTaxonomy(db);
  const unit = async (
    code: string,
    type: "BUREAU" | "BRANCH" | "STATION" | "SQUADRON" | "DETACHMENT",
    name: string,
    headcount: number,
    parent?: string,
  ) =>
    (ids[code] = (
      await db.unit.create({
        data: { code, name, nameZh: name, type, headcount, parentId: parent ? ids[parent] : null },
        select: { id: true },
      })
    ).id);
  await unit("R", "BUREAU", "Bureau", 100);
  await unit("A", "BRANCH", "Branch A", 30, "R");
  await unit("A1", "STATION", "Station A1", 20, "A");
  await unit("A2", "SQUADRON", "Squadron A2", 12, "A");
  await unit("B", "DETACHMENT", "Detachment B", 40, "R");
  const campaign = await db.campaign.create({
    data: { slug: "now", name: "Now", nameZh: "本次", startsOn: day(0), endsOn: day(2), status: "ACTIVE" },
    select: { id: true },
  });
  const previous = await db.campaign.create({
    data: {
      slug: "before",
      name: "Before",
      nameZh: "上次",
      startsOn: new Date(Date.UTC(2026, 0, 10)),
      endsOn: new Date(Date.UTC(2026, 0, 12)),
      status: "CLOSED",
    },
    select: { id: true },
  });
  ids.campaign = campaign.id;
  ids.previous = previous.id;
  const q = await questionnaire(campaign.id, true);
  for (const [index, spec] of SPECS.entries()) await respond(campaign.id, q, spec, index, day(index % 3));
  // Codes: A1 10 issued, 6 used (its 6 online respondents); B 20 issued, 12 used.
  for (const [code, size, used] of [
    ["A1", 10, 6],
    ["B", 20, 12],
  ] as const) {
    await db.accessCodeBatch.create({
      data: {
        campaignId: campaign.id,
        unitId: ids[code],
        size,
        createdOn: day(0),
        codes: { create: Array.from({ length: size }, (_, i) => ({ digest: randomUUID(), used: i < used })) },
      },
    });
  }
  const session = await db.listeningSession.create({
    data: {
      campaignId: campaign.id,
      unitId: ids.B,
      kind: "SEMINAR",
      heldOn: day(1),
      participants: { officer: 6, leader: 2 },
    },
    select: { id: true },
  });
  const finding = await db.finding.create({
    data: {
      sessionId: session.id,
      statement: "No money for fuel",
      aspectCode: "B2",
      category: "funding",
      severity: "HIGH",
      raisedBy: 6,
    },
    select: { id: true },
  });
  await db.evidenceItem.create({
    data: {
      campaignId: campaign.id,
      unitId: ids.B,
      kind: "FINDING",
      findingId: finding.id,
      text: "No money for fuel",
      status: "ACCEPTED",
      categories: ["funding"],
      aspectCode: "B2",
      maskedText: "No money for fuel",
    },
  });
  // The previous campaign: B 10 respondents (5 with reviewed B1 text), A1 6 without text.
  const p = await questionnaire(previous.id, false);
  for (let i = 0; i < 16; i++) {
    const spec: Spec = {
      unit: i < 10 ? "B" : "A1",
      role: null,
      service: null,
      source: "ONLINE",
      hours: 0,
      ...(i < 10
        ? {
            work: {
              status: i < 5 ? "ACCEPTED" : "PENDING",
              categories: ["workload"],
              aspect: "B1",
              masked: `old ${i}`,
            } as Review,
          }
        : {}),
    };
    await respond(previous.id, p, spec, i, new Date(Date.UTC(2026, 0, 10)));
  }
  const lead = await db.user.create({
    data: { email: "lead@x", name: "Lead", passwordHash: "-", role: "RESEARCH_LEAD" },
    select: { id: true },
  });
  await db.researchGroup.create({
    data: {
      campaignId: campaign.id,
      name: "G",
      nameZh: "G",
      members: { create: { userId: lead.id, isLead: true } },
      units: { create: [{ unitId: ids.A1 }, { unitId: ids.B }] },
    },
  });
  ids.lead = lead.id;
  return ids;
}
