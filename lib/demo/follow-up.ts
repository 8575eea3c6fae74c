import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ASPECTS } from "@/lib/classification/taxonomy";
import { DEMO_MEASURES } from "@/lib/demo/measures";
import { hashReceipt, hasReceiptSecret } from "@/lib/surveys/receipts";
import { splitReceiptCode } from "@/lib/access-codes/format";

// The demo's follow-up: the seed's 16 measures as actions answering the problems of their aspects
// (each problem linked to its aspect's reviewed evidence), some done, some overdue, a few with
// published notes in both languages; and a few demo responses with KNOWN receipt codes whose
// answers fed published problems, so a newcomer can try /receipt at once (README).

/** Receipt codes of demo responses whose answers fed problem A2 (rest time and unpaid overtime). */
export const DEMO_RECEIPT_CODES = [
  "HEAR-D2WE-LLST-ENED-TWEN-TY26",
  "KEPT-PRMS-FLLW-UPXA-BCDE-FGHJ",
  "CARE-FULL-YLST-NDRM-MBRS-2345",
  "WEHE-ARDY-UAND-ACTD-PQRS-TUVW",
  "RSTD-AYSK-EPTB-ACKX-HJKL-MNPQ",
  "PAYD-BACK-PAYS-ENTT-WXYZ-3456",
] as const;
const DEMO_RECEIPT_ASPECT = "A2";

const MEASURE_ZH: Record<number, string> = {
  1: "加强学习教育，增强政治部门服务意识",
  2: "转变工作作风：深入基层、讲真话、办实事",
  3: "推动基层政治工作由部署检查转向指导服务",
  4: "建立岗位职责和行为规范的长效机制",
  5: "加大民警训练力度，制定年度技能训练计划",
  6: "按实战效果选定训练内容，停止重复培训",
  7: "调整师资队伍，改善训练设施",
  8: "为基层减负：减少会议、文件和检查",
  9: "理顺基层单位的机构编制和职责",
  10: "把警力配置到最需要的地方，并申请增加编制",
  11: "深化干部选任改革：中层岗位公开竞争",
  12: "加强基层政治工作队伍和教导员队伍建设",
  13: "建立科学的日常管理和考核机制",
  14: "表彰先进集体和个人，奖励向派出所基础工作倾斜",
  15: "宣传先进典型，关爱英模家属",
  16: "落实休息休假制度，并纳入领导班子考核",
};

// Published notes, in both languages, by measure number.
const NOTES: Record<number, { en: string; zh: string }[]> = {
  5: [{ en: "Yearly skill plans issued to every unit; first round of training finished.", zh: "年度技能训练计划已下发各单位，第一轮训练已完成。" }],
  14: [{ en: "Commendations announced; station basic work got half of the awards.", zh: "表彰名单已公布，派出所基础工作获得半数奖项。" }],
  8: [{ en: "Meetings for grassroots units cut by a third since May.", zh: "自5月以来，面向基层的会议减少三分之一。" }],
  16: [
    { en: "Rest and leave rules sent to all units; leave taken is now reported monthly.", zh: "休息休假制度已下发各单位，休假情况每月通报。" },
    { en: "Leave records are part of this year's assessment of unit leaders.", zh: "休假落实情况已纳入今年领导班子考核。" },
  ],
};

// Owners inside the portal, so "my actions" shows something after signing in.
const STAFF_OWNERS: Record<number, string> = { 6: "lead@demo.local", 8: "branchhead@demo.local", 16: "head@demo.local" };

const DAY = 86_400_000;

export async function seedDemoFollowUp(db: PrismaClient, campaignId: string, userIds: Map<string, string>, now = new Date()) {
  const adminId = userIds.get("admin@demo.local")!;
  const users = await db.user.findMany({ where: { id: { in: [...userIds.values()] } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const problems = new Map<string, string>();
  for (const aspectCode of [...new Set(DEMO_MEASURES.map((m) => m.aspect))]) {
    const aspect = ASPECTS.find((a) => a.code === aspectCode)!;
    const measures = DEMO_MEASURES.filter((m) => m.aspect === aspectCode);
    const status = measures.every((m) => m.status === "DONE")
      ? "RESOLVED"
      : measures.some((m) => m.status === "IN_PROGRESS" || m.status === "DONE")
        ? "IN_PROGRESS"
        : "ACTION_PLANNED";
    const evidence = await db.evidenceItem.findMany({
      where: { campaignId, aspectCode, status: { in: ["ACCEPTED", "CORRECTED"] } },
      select: { id: true },
    });
    const problem = await db.problem.create({
      data: {
        campaignId,
        title: aspect.titleEn,
        titleZh: aspect.titleZh,
        category: aspect.category,
        aspectCode,
        status,
        published: status !== "ACTION_PLANNED",
        evidence: { create: evidence.map((e) => ({ evidenceId: e.id })) },
      },
      select: { id: true },
    });
    problems.set(aspectCode, problem.id);
  }
  // Due dates around today: measures due within 100 days of the campaign's start are overdue now.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (const m of DEMO_MEASURES) {
    const ownerId = STAFF_OWNERS[m.number] ? userIds.get(STAFF_OWNERS[m.number])! : null;
    await db.action.create({
      data: {
        campaignId,
        number: m.number,
        title: m.title,
        titleZh: MEASURE_ZH[m.number],
        ownerId,
        ownerName: ownerId ? nameOf.get(ownerId)! : m.owner,
        dueOn: new Date(today + (m.dueDays - 100) * DAY),
        status: m.status,
        problems: { create: [{ problemId: problems.get(m.aspect)! }] },
        updates: {
          create: (NOTES[m.number] ?? []).map((n, i) => ({
            body: n.en,
            bodyZh: n.zh,
            published: true,
            authorId: ownerId ?? adminId,
            statusTo: i === 0 && m.status === "DONE" ? ("DONE" as const) : null,
          })),
        },
      },
    });
  }
  await seedKnownReceipts(db, campaignId);
}

/** Gives the known receipt codes to demo responses with reviewed answers on the receipts' aspect. */
async function seedKnownReceipts(db: PrismaClient, campaignId: string) {
  if (!hasReceiptSecret()) {
    console.warn("demo: AUTH_SECRET is not set, so the demo receipt codes were not given out (they are stored as keyed hashes)");
    return;
  }
  const responses = await db.response.findMany({
    where: {
      campaignId,
      receiptKey: null,
      answers: { some: { evidence: { aspectCode: DEMO_RECEIPT_ASPECT, status: { in: ["ACCEPTED", "CORRECTED"] } } } },
    },
    orderBy: { id: "asc" },
    take: DEMO_RECEIPT_CODES.length,
    select: { id: true },
  });
  for (const [i, response] of responses.entries()) {
    const { key, secret } = splitReceiptCode(DEMO_RECEIPT_CODES[i])!;
    await db.response.update({ where: { id: response.id }, data: { receiptKey: key, receiptHash: hashReceipt(key, secret) } });
  }
}
