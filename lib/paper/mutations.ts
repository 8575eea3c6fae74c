import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { foldAfterSubmission } from "@/lib/dashboards/pending";
import { inScope, type Scope } from "@/lib/auth/scope";
import { requireCampaignAccepting } from "@/lib/campaigns/acceptance";
import { NotFoundError } from "@/lib/errors";
import { checkAnswers, type AnswerIssue, type RawAnswers } from "@/lib/surveys/answers";
import { storeResponse } from "@/lib/surveys/intake";
import { readTable } from "@/lib/paper/parse";
import { shuffled } from "@/lib/exports/anonymise";
import { checkTable, unitCodeKey, type PaperRecord, type RowIssue } from "@/lib/paper/rows";
import { loadPaperView, paperUnits } from "@/lib/paper/queries";

export type SheetResult =
  { status: "saved" } | { status: "invalid"; issues: AnswerIssue[] } | { status: "not_published" };
export type ImportResult =
  | { status: "imported"; count: number }
  | { status: "already_imported"; importedOn: string; count: number }
  | { status: "rejected"; issues: RowIssue[]; more: number }
  | { status: "file_problem"; code: "unsupported_file" | "unreadable_file" | "too_many_rows" }
  | { status: "not_published" };

/** One typed-in paper sheet. The unit is checked against the caller's scope here, on the server. */
export async function enterPaperSheet(args: {
  scope: Scope;
  versionId: string;
  unitId: string;
  answers: RawAnswers;
}): Promise<SheetResult> {
  const view = await loadPaperView(args.versionId);
  if (!view) return { status: "not_published" };
  await requireCampaignAccepting(view.campaignId);
  if (!inScope(args.scope, args.unitId)) throw new NotFoundError();
  const units = await paperUnits(args.scope, view.campaignId);
  if (!units.some((u) => u.id === args.unitId)) throw new NotFoundError();
  const check = checkAnswers(view, args.answers);
  if (!check.ok) return { status: "invalid", issues: check.issues };
  await storePaperSheet(db, view, { answers: check.answers, profile: check.profile, unitId: args.unitId });
  await foldAfterSubmission();
  return { status: "saved" };
}

/** A paper sheet as a response of its own: a new id, no receipt, the unit the lead gave. */
function storePaperSheet(
  client: Parameters<typeof storeResponse>[0],
  view: { campaignId: string; versionId: string },
  sheet: Pick<PaperRecord, "answers" | "profile" | "unitId">,
) {
  const { campaignId, versionId } = view;
  const response = { responseId: randomUUID(), campaignId, versionId, source: "PAPER" as const, receipt: null };
  return storeResponse(client, { ...response, answers: sheet.answers, profile: sheet.profile }, { unitId: sheet.unitId });
}

/**
 * A whole file, all or nothing: every row is validated first, and the rows are stored in one
 * transaction, so one bad row (or a failure half-way) leaves the database as it was.
 */
export async function importPaperFile(args: {
  scope: Scope;
  actorId: string;
  versionId: string;
  fileName: string;
  bytes: Uint8Array;
  /** The lead confirmed importing a file that was imported before. */
  confirmReimport?: boolean;
}): Promise<ImportResult> {
  const view = await loadPaperView(args.versionId);
  if (!view) return { status: "not_published" };
  await requireCampaignAccepting(view.campaignId);
  // The same file twice doubled the sheets silently (issue 10): the file's digest is kept in the
  // import's audit event, and a second import needs the lead's explicit confirmation.
  const sha256 = createHash("sha256").update(args.bytes).digest("hex");
  if (!args.confirmReimport) {
    const earlier = await earlierImport(view.versionId, sha256);
    if (earlier) return { status: "already_imported", ...earlier };
  }
  const table = await readTable(args.fileName, args.bytes);
  if (!table.ok) return { status: "file_problem", code: table.code };
  const units = await paperUnits(args.scope, view.campaignId);
  const check = checkTable(view, table.rows, new Map(units.map((u) => [unitCodeKey(u.code), u.id])));
  if (!check.ok) return { status: "rejected", issues: check.issues, more: check.more };
  // Scope is asked again per row id, not only through the code map: belt and braces.
  if (!check.records.every((r) => inScope(args.scope, r.unitId))) throw new NotFoundError();

  await db.$transaction(
    async (tx) => {
      // Storage order must not follow the file's row order (the order of a stack of sheets can say
      // who handed theirs in when): docs/trust-contract.md, "No order of submission".
      for (const record of shuffled(check.records)) await storePaperSheet(tx, view, record);
      await tx.auditEvent.create({
        data: {
          actorId: args.actorId,
          action: "paper.import",
          targetType: "QuestionnaireVersion",
          targetId: view.versionId,
          details: { count: check.records.length, sha256, reimport: !!args.confirmReimport },
        },
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  await foldAfterSubmission();
  return { status: "imported", count: check.records.length };
}

async function earlierImport(versionId: string, sha256: string): Promise<{ importedOn: string; count: number } | null> {
  const event = await db.auditEvent.findFirst({
    where: { action: "paper.import", targetType: "QuestionnaireVersion", targetId: versionId, details: { path: ["sha256"], equals: sha256 } },
    orderBy: { at: "desc" },
    select: { at: true, details: true },
  });
  if (!event) return null;
  const count = (event.details as { count?: unknown } | null)?.count;
  return { importedOn: event.at.toISOString().slice(0, 10), count: typeof count === "number" ? count : 0 };
}
