// Data exports as plain GET links (bookmarkable, scriptable): ?campaign=<id>&format=csv|xlsx.
// Administrators only; every download is recorded in the audit log before the file leaves.
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { toCsv } from "@/lib/exports/csv";
import { recordExport } from "@/lib/exports/queries";
import { EXPORT_KINDS, exportTable, type ExportKind } from "@/lib/exports/tables";
import { toXlsx } from "@/lib/exports/xlsx";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  // report:generate is the administrators' permission (lib/auth/permissions.ts).
  if (!can(user.role, "report:generate")) return new Response("Only administrators may export data.", { status: 403 });
  const { kind } = await params;
  const url = new URL(request.url);
  const campaignId = url.searchParams.get("campaign") ?? "";
  const format = url.searchParams.get("format") ?? "csv";
  if (!EXPORT_KINDS.includes(kind as ExportKind)) return new Response("Unknown export.", { status: 404 });
  if (format !== "csv" && format !== "xlsx") return new Response("format must be csv or xlsx.", { status: 400 });
  if (!/^[0-9a-f-]{36}$/i.test(campaignId)) return new Response("campaign must be a campaign id.", { status: 400 });
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { slug: true } });
  if (!campaign) return new Response("Not found.", { status: 404 });
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "report" });
  const table = await exportTable(kind as ExportKind, campaignId, locale === "zh", (key) => t(key));
  await recordExport(user.id, kind, campaignId, format, table.rows.length);
  const name = `${campaign.slug}-${table.name}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" };
  if (format === "csv")
    return new Response(toCsv(table), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new Response(new Uint8Array(await toXlsx(table)), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
