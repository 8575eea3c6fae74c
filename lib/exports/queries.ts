import "server-only";
import { db } from "@/lib/db/client";
import type { ExportQuestion, ExportResponse } from "@/lib/exports/responses";
import { localName } from "@/i18n/local-name";

// Database reads of the exports. Admin only (checked by the route handler), whole campaign.
// Profile questions are left out of the per-question columns: their bands leave only through the
// merged breakdown columns.

export async function exportQuestions(campaignId: string): Promise<ExportQuestion[]> {
  const rows = await db.question.findMany({
    where: { profileField: null, section: { version: { questionnaire: { campaignId } } } },
    orderBy: [{ section: { version: { version: "desc" } } }, { section: { order: "asc" } }, { order: "asc" }],
    select: {
      id: true,
      key: true,
      prompt: true,
      type: true,
      options: { select: { value: true, label: true }, orderBy: { order: "asc" } },
    },
  });
  return rows;
}

export async function exportResponses(campaignId: string, unitName: (id: string) => string): Promise<ExportResponse[]> {
  const rows = await db.response.findMany({
    where: { campaignId },
    select: {
      unitId: true,
      roleLevel: true,
      serviceYears: true,
      ageBand: true,
      answers: {
        select: {
          questionId: true,
          numberValue: true,
          textValue: true,
          choices: true,
          evidence: { select: { status: true, maskedText: true, text: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    unit: r.unitId ? unitName(r.unitId) : null,
    roleLevel: r.roleLevel,
    serviceYears: r.serviceYears,
    ageBand: r.ageBand,
    answers: r.answers.map((a) => ({
      questionId: a.questionId,
      numberValue: a.numberValue,
      textValue: a.textValue,
      choices: a.choices,
      reviewedText: a.evidence && a.evidence.status !== "PENDING" ? (a.evidence.maskedText ?? a.evidence.text) : null,
    })),
  }));
}

export async function unitNames(zh: boolean): Promise<Map<string, string>> {
  const units = await db.unit.findMany({ select: { id: true, name: true, nameZh: true } });
  return new Map(units.map((u) => [u.id, localName(u, zh)]));
}

export async function exportFindings(campaignId: string) {
  return db.finding.findMany({
    where: { session: { campaignId } },
    orderBy: [{ session: { heldOn: "asc" } }, { aspectCode: "asc" }],
    select: {
      statement: true,
      aspectCode: true,
      category: true,
      severity: true,
      raisedBy: true,
      session: { select: { kind: true, heldOn: true, unitId: true } },
      evidence: { select: { status: true, maskedText: true, text: true } },
    },
  });
}

export async function exportProblemsAndActions(campaignId: string) {
  const [problems, loose] = await Promise.all([
    db.problem.findMany({
      where: { campaignId },
      orderBy: { createdAt: "asc" },
      select: {
        title: true,
        category: true,
        aspectCode: true,
        status: true,
        actions: { select: { action: { select: { number: true, title: true, ownerName: true, dueOn: true, status: true } } } },
      },
    }),
    db.action.findMany({
      where: { campaignId, problems: { none: {} } },
      orderBy: { number: "asc" },
      select: { number: true, title: true, ownerName: true, dueOn: true, status: true },
    }),
  ]);
  // An action may answer several problems: it is listed under each, in its measure number's order.
  const byNumber = (a: { number: number | null }, b: { number: number | null }) => (a.number ?? Infinity) - (b.number ?? Infinity);
  return { problems: problems.map((p) => ({ ...p, actions: p.actions.map((link) => link.action).sort(byNumber) })), loose };
}

export async function recordExport(actorId: string, kind: string, campaignId: string, format: string, rows: number) {
  await db.auditEvent.create({
    data: {
      actorId,
      action: `export.${kind}`,
      targetType: "Campaign",
      targetId: campaignId,
      details: { format, rows },
    },
  });
}
