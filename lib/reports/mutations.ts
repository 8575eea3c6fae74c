import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { z } from "zod";
import type { ActionContext } from "@/lib/server-actions/define-action";
import { draftVersionIn } from "@/lib/reports/drafting";
import { applyEdit, type Paragraph } from "@/lib/reports/paragraphs";
import { seesWholeReport } from "@/lib/reports/queries";
import type { approveSchema, draftSchema, editParagraphSchema } from "@/lib/reports/schemas";

// Report mutations. An approved version is frozen here, on the server: every write below is
// conditional on `approvedAt: null`, so a version approved a moment ago cannot be edited either.

async function requireWholeBureau(context: ActionContext) {
  if (!(await seesWholeReport(context.scope))) throw new ForbiddenError();
}

/** Drafts version 1, or regenerates, in the caller's language (lib/reports/drafting.ts). */
export async function draftVersion(context: ActionContext, input: z.output<typeof draftSchema>) {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "report" });
  return draftVersionIn(context, input.campaignId, locale, (key, values) => t(key, values));
}

export async function editParagraph(
  context: ActionContext,
  { versionId, key, text }: z.output<typeof editParagraphSchema>,
) {
  {
    await requireWholeBureau(context);
    const version = await db.reportVersion.findUnique({
      where: { id: versionId },
      select: { paragraphs: true, approvedAt: true, number: true, reportId: true },
    });
    if (!version) throw new NotFoundError();
    if (version.approvedAt) throw new DomainError("frozen");
    // Only the newest version is edited: regeneration carries edits forward from it alone.
    const newer = await db.reportVersion.count({
      where: { reportId: version.reportId, number: { gt: version.number } },
    });
    if (newer > 0) throw new DomainError("conflict");
    const next = applyEdit(version.paragraphs as Paragraph[], key, text);
    if (!next) throw new NotFoundError();
    const { count } = await db.reportVersion.updateMany({
      where: { id: versionId, approvedAt: null },
      data: { paragraphs: next },
    });
    if (count === 0) throw new DomainError("frozen");
    return { key };
  }
}

export async function approveVersion(context: ActionContext, { versionId }: z.output<typeof approveSchema>) {
  {
    await requireWholeBureau(context);
    const now = new Date();
    const version = await db.reportVersion.findUnique({
      where: { id: versionId },
      select: { reportId: true, number: true },
    });
    if (!version) throw new NotFoundError();
    const { count } = await db.reportVersion.updateMany({
      where: { id: versionId, approvedAt: null },
      data: { approvedAt: now, approvedById: context.user.id },
    });
    if (count === 0) throw new DomainError("frozen");
    await db.$transaction([
      db.report.update({
        where: { id: version.reportId },
        data: { status: "APPROVED", approvedById: context.user.id, approvedOn: now },
      }),
      db.auditEvent.create({
        data: {
          actorId: context.user.id,
          action: "report.approve",
          targetType: "ReportVersion",
          targetId: versionId,
          details: { number: version.number },
        },
      }),
    ]);
    return { number: version.number };
  }
}
