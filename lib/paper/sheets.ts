import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { formValues } from "@/lib/paper/corrections-plan";
import { loadQuestionnaireView } from "@/lib/surveys/queries";

// The paper sheets already recorded (typed in or imported), for the lead who keeps them: a list,
// and one sheet read back into the entry form for a correction. Always within the caller's scope
// and the campaign they work on; a sheet outside either is "not found", never "forbidden".

export const SHEETS_PER_PAGE = 25;

const sheetWhere = (scope: Scope, campaignId: string) => ({ campaignId, source: "PAPER" as const, ...unitWhere(scope) });

/**
 * One page of the caller's paper sheets. Ordered by unit, then by the random id: neither the order
 * of entry nor of the stack of sheets can be read from the list (docs/trust-contract.md).
 */
export async function listPaperSheets(scope: Scope, campaignId: string, page: number) {
  const where = sheetWhere(scope, campaignId);
  const total = await db.response.count({ where });
  const pages = Math.max(1, Math.ceil(total / SHEETS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.response.findMany({
    where,
    orderBy: [{ unit: { code: "asc" } }, { id: "asc" }],
    skip: (current - 1) * SHEETS_PER_PAGE,
    take: SHEETS_PER_PAGE,
    select: {
      id: true,
      submittedOn: true,
      unit: { select: { code: true, name: true, nameZh: true } },
      version: { select: { title: true, version: true } },
      _count: { select: { answers: true } },
    },
  });
  return {
    total,
    page: current,
    pages,
    sheets: rows.map((r) => ({
      id: r.id,
      enteredOn: r.submittedOn.toISOString().slice(0, 10),
      unit: r.unit,
      versionTitle: r.version.title,
      version: r.version.version,
      answers: r._count.answers,
    })),
  };
}

/** The stored sheet with its answers, or null when the id names no paper sheet the caller may see. */
export async function findPaperSheet(scope: Scope, campaignId: string, sheetId: string) {
  if (!z.uuid().safeParse(sheetId).success) return null;
  return db.response.findFirst({
    where: { id: sheetId, ...sheetWhere(scope, campaignId) },
    select: {
      id: true,
      campaignId: true,
      versionId: true,
      unitId: true,
      roleLevel: true,
      serviceYears: true,
      ageBand: true,
      unit: { select: { code: true } },
      answers: { select: { id: true, questionId: true, numberValue: true, textValue: true, choices: true } },
    },
  });
}

/** A sheet as the correction form shows it: its questionnaire, unit and answers. */
export async function loadSheetForCorrection(scope: Scope, campaignId: string, sheetId: string) {
  const sheet = await findPaperSheet(scope, campaignId, sheetId);
  if (!sheet || !sheet.unitId) return null;
  const view = await loadQuestionnaireView(sheet.versionId);
  if (!view) return null;
  return { id: sheet.id, unitId: sheet.unitId, unitCode: sheet.unit?.code ?? "", view, values: formValues(view, sheet.answers) };
}
