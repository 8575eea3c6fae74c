import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf, type Scope } from "@/lib/auth/scope";
import { db, sqlQuery } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Paragraph } from "@/lib/reports/paragraphs";

// The report is the bureau's: drafted from the whole bureau's figures, so it is read only by
// callers who see every unit (administrators, and department heads placed at the bureau). A
// sub-bureau head (report:view by role) and a research lead (no report:view) read the dashboards
// of their units instead: docs/decisions/014-who-reads-the-report.md says why.
export async function seesWholeReport(scope: Scope): Promise<boolean> {
  if (scope.kind === "all") return true;
  // Raw SQL: every staff page's menu asks (StaffShell).
  const [row] = await sqlQuery<{ whole: boolean }>(
    Prisma.sql`SELECT NOT EXISTS (SELECT 1 FROM "Unit" WHERE id <> ALL(${scope.unitIds}::text[])) AS whole`,
  );
  return row.whole;
}

/** Whether this staff member reads the report at all: the page, the menu, the DOCX, approving. */
export const readsReport = cache(async (user: Pick<CurrentUser, "id" | "role" | "unitId">): Promise<boolean> => {
  if (!can(user.role, "report:view")) return false;
  return seesWholeReport(await scopeOf(user));
});

type VersionSummary = {
  id: string;
  number: number;
  locale: string;
  createdAt: Date;
  approvedAt: Date | null;
  approvedBy: string | null;
};

export type ReportView = {
  campaigns: { id: string; name: string; nameZh: string }[];
  campaign: { id: string; name: string; nameZh: string } | null;
  versions: VersionSummary[];
  current: (VersionSummary & { paragraphs: Paragraph[] }) | null;
};

export async function loadReportView(campaignId: string | null, versionNumber: number | null): Promise<ReportView> {
  const campaigns = await db.campaign.findMany({
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    select: { id: true, name: true, nameZh: true, status: true },
  });
  const campaign =
    (campaignId && campaigns.find((c) => c.id === campaignId)) ||
    campaigns.find((c) => c.status === "ACTIVE") ||
    campaigns[0] ||
    null;
  const list = campaigns.map(({ id, name, nameZh }) => ({ id, name, nameZh }));
  if (!campaign) return { campaigns: list, campaign: null, versions: [], current: null };
  const versions = await db.reportVersion.findMany({
    where: { report: { campaignId: campaign.id } },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      locale: true,
      createdAt: true,
      approvedAt: true,
      approvedById: true,
    },
  });
  const names = await approverNames(versions.map((v) => v.approvedById));
  const summaries = versions.map(({ approvedById, ...v }) => ({
    ...v,
    approvedBy: approvedById ? (names.get(approvedById) ?? null) : null,
  }));
  const chosen = summaries.find((v) => v.number === versionNumber) ?? summaries[0] ?? null;
  const current = chosen && { ...chosen, paragraphs: await versionParagraphs(chosen.id) };
  return {
    campaigns: list,
    campaign: { id: campaign.id, name: campaign.name, nameZh: campaign.nameZh },
    versions: summaries,
    current,
  };
}

async function versionParagraphs(versionId: string): Promise<Paragraph[]> {
  const row = await db.reportVersion.findUnique({ where: { id: versionId }, select: { paragraphs: true } });
  return (row?.paragraphs ?? []) as Paragraph[];
}

export async function paragraphsOfNumber(campaignId: string, number: number): Promise<Paragraph[] | null> {
  const row = await db.reportVersion.findFirst({
    where: { report: { campaignId }, number },
    select: { paragraphs: true },
  });
  return row ? (row.paragraphs as Paragraph[]) : null;
}

/** A version for download: paragraphs, locale and campaign name. */
export async function versionForExport(versionId: string) {
  return db.reportVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      locale: true,
      paragraphs: true,
      approvedAt: true,
      report: { select: { campaign: { select: { id: true, slug: true } } } },
    },
  });
}

async function approverNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
