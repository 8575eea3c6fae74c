import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { recordChange } from "@/lib/audit/record";
import type { Scope } from "@/lib/auth/scope";
import { requireCampaignAccepting } from "@/lib/campaigns/acceptance";
import { NotFoundError } from "@/lib/errors";
import { planCorrection } from "@/lib/paper/corrections-plan";
import { paperUnits } from "@/lib/paper/queries";
import { findPaperSheet } from "@/lib/paper/sheets";
import { checkAnswers, type AnswerIssue, type RawAnswers, type StoredAnswer } from "@/lib/surveys/answers";
import { loadQuestionnaireView } from "@/lib/surveys/queries";

// Correcting and deleting a paper sheet the lead recorded (issue 10). The dashboards' aggregates
// follow by their triggers (prisma/sql/dashboards.sql): an update or delete of a response or an
// answer first folds the waiting responses in, then takes back exactly what was counted and counts
// the new values, so the figures stay equal to dashboard_rebuild() (tests/integration/paper-sheets).
// Every change writes an audit event in the same transaction: who, which sheet, which unit and
// which question keys, never the answers themselves.

export type CorrectionResult = { status: "saved"; changed: number } | { status: "invalid"; issues: AnswerIssue[] };

type Args = { scope: Scope; campaignId: string; actorId: string; sheetId: string };

/** Replaces a sheet's unit and answers after the same checks as entry (scope, campaign open, answers). */
export async function correctPaperSheet(args: Args & { unitId: string; answers: RawAnswers }): Promise<CorrectionResult> {
  const sheet = await findPaperSheet(args.scope, args.campaignId, args.sheetId);
  if (!sheet) throw new NotFoundError();
  await requireCampaignAccepting(sheet.campaignId);
  const units = await paperUnits(args.scope, sheet.campaignId);
  const unit = units.find((u) => u.id === args.unitId);
  if (!unit) throw new NotFoundError();
  const view = await loadQuestionnaireView(sheet.versionId);
  if (!view) throw new NotFoundError();
  const check = checkAnswers(view, args.answers);
  if (!check.ok) return { status: "invalid", issues: check.issues };

  const plan = planCorrection(view, sheet.answers, check.answers);
  const moved = sheet.unitId !== unit.id;
  const profileChanged =
    sheet.roleLevel !== check.profile.roleLevel || sheet.serviceYears !== check.profile.serviceYears || sheet.ageBand !== check.profile.ageBand;
  if (!moved && !profileChanged && plan.keys.length === 0) return { status: "saved", changed: 0 };

  await db.$transaction(async (tx) => {
    if (moved || profileChanged) {
      await tx.response.update({ where: { id: sheet.id }, data: { unitId: unit.id, ...check.profile } });
    }
    // Evidence items carry the unit too (review queue, quotes): they move with their sheet.
    if (moved) await tx.evidenceItem.updateMany({ where: { answer: { responseId: sheet.id } }, data: { unitId: unit.id } });
    if (plan.removed.length > 0) await tx.answer.deleteMany({ where: { id: { in: plan.removed.map((a) => a.id) } } });
    for (const { before, after, textChanged } of plan.changed) {
      await tx.answer.update({ where: { id: before.id }, data: values(after) });
      // A different text is a different statement: its old review, masking and problem links no
      // longer apply, so it goes back to the review queue as new.
      if (textChanged) await replaceEvidence(tx, sheet.campaignId, unit.id, before.id, after.textValue);
    }
    for (const answer of plan.added) {
      const row = await tx.answer.create({ data: { responseId: sheet.id, questionId: answer.questionId, ...values(answer) }, select: { id: true } });
      await replaceEvidence(tx, sheet.campaignId, unit.id, row.id, answer.textValue);
    }
    await recordChange(tx, {
      actorId: args.actorId,
      action: "paper.correct",
      targetType: "Response",
      targetId: sheet.id,
      before: { unit: sheet.unit?.code ?? null },
      after: { unit: unit.code, questions: plan.keys },
    });
  });
  return { status: "saved", changed: plan.keys.length };
}

/** Deletes a sheet with its answers and their evidence (cascade); the aggregates take them back. */
export async function deletePaperSheet(args: Args): Promise<{ status: "deleted" }> {
  const sheet = await findPaperSheet(args.scope, args.campaignId, args.sheetId);
  if (!sheet) throw new NotFoundError();
  await requireCampaignAccepting(sheet.campaignId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.response.deleteMany({ where: { id: sheet.id, source: "PAPER" } });
    if (count !== 1) throw new NotFoundError();
    await recordChange(tx, {
      actorId: args.actorId,
      action: "paper.delete",
      targetType: "Response",
      targetId: sheet.id,
      before: { unit: sheet.unit?.code ?? null, answers: sheet.answers.length },
    });
  });
  return { status: "deleted" };
}

const values = (a: StoredAnswer) => ({ numberValue: a.numberValue, textValue: a.textValue, choices: a.choices });

async function replaceEvidence(tx: Tx, campaignId: string, unitId: string, answerId: string, text: string | null) {
  await tx.evidenceItem.deleteMany({ where: { answerId } });
  if (text) await tx.evidenceItem.create({ data: { campaignId, unitId, kind: "ANSWER", answerId, text } });
}
