import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { loadQuestionnaireView } from "@/lib/surveys/queries";
import type { QuestionnaireView } from "@/lib/surveys/structure";

/**
 * Versions paper sheets can be entered into: the published ones of the campaign the caller works on
 * (the header's switcher), newest first. Another campaign's versions are not offered (issue 13).
 */
export async function listPaperVersions(campaignId: string) {
  return db.questionnaireVersion.findMany({
    where: { status: "PUBLISHED", questionnaire: { campaignId } },
    orderBy: [{ publishedOn: "desc" }, { version: "desc" }],
    select: { id: true, title: true, version: true, questionnaire: { select: { campaignId: true, campaign: { select: { name: true, nameZh: true } } } } },
  });
}

/** A published version as the validators see it, or null (drafts and retired versions take no entries). */
export async function loadPaperView(versionId: string): Promise<QuestionnaireView | null> {
  const view = await loadQuestionnaireView(versionId);
  return view && view.status === "PUBLISHED" ? view : null;
}

/** The caller's units that take part in the campaign: the only units paper sheets may name. */
export async function paperUnits(scope: Scope, campaignId: string) {
  return db.unit.findMany({
    where: { ...idFilter(scope), campaignUnits: { some: { campaignId } } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, nameZh: true },
  });
}

function idFilter(scope: Scope) {
  const filter = unitWhere(scope).unitId;
  return filter ? { id: filter } : {};
}

/** Paper responses recorded for the caller's units in a campaign. */
export async function paperCount(scope: Scope, campaignId: string) {
  return db.response.count({ where: { campaignId, source: "PAPER", ...unitWhere(scope) } });
}
