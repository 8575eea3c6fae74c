import "server-only";
import { db } from "@/lib/db/client";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Translate } from "@/lib/reports/draft";
import { mergeRegenerated, type Paragraph } from "@/lib/reports/paragraphs";
import { seesWholeReport } from "@/lib/reports/queries";
import { draftFromData } from "@/lib/reports/sources";
import type { ActionContext } from "@/lib/server-actions/define-action";

// Drafting a report version, free of the request (locale and text come in as arguments), so the
// benchmark (bench/report.ts) times exactly what the draft action runs.

/** Drafts version 1, or regenerates: a new version with fresh figures and the edits carried over. */
export async function draftVersionIn(context: ActionContext, campaignId: string, locale: string, t: Translate) {
  if (!(await seesWholeReport(context.scope))) throw new ForbiddenError();
  const fresh = await draftFromData(context.scope, campaignId, locale, t);
  if (!fresh) throw new NotFoundError();
  const report = await db.report.upsert({
    where: { campaignId },
    create: { campaignId },
    update: {},
    select: { id: true },
  });
  const latest = await db.reportVersion.findFirst({
    where: { reportId: report.id },
    orderBy: { number: "desc" },
    select: { number: true, paragraphs: true },
  });
  const paragraphs = latest ? mergeRegenerated(latest.paragraphs as Paragraph[], fresh) : fresh;
  try {
    const version = await db.reportVersion.create({
      data: {
        reportId: report.id,
        number: (latest?.number ?? 0) + 1,
        locale,
        paragraphs,
        createdById: context.user.id,
      },
      select: { number: true },
    });
    await db.report.update({ where: { id: report.id }, data: { status: "DRAFT" } });
    return { number: version.number };
  } catch (error) {
    // Two admins regenerating at once: the second gets a clear "try again".
    if ((error as { code?: string }).code === "P2002") throw new DomainError("conflict");
    throw error;
  }
}
