// The DOCX of one report version: a plain GET link on /report, so it can be bookmarked and scripted.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isoDate } from "@/lib/dates";
import { reportDocx } from "@/lib/reports/docx";
import type { Paragraph } from "@/lib/reports/paragraphs";
import { readsReport, versionForExport } from "@/lib/reports/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!(await readsReport(user)))
    return new Response("You do not have permission to download the report.", { status: 403 });
  const { versionId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(versionId)) return new Response("Not found.", { status: 404 });
  const version = await versionForExport(versionId);
  if (!version) return new Response("Not found.", { status: 404 });
  // The document speaks the version's language, whatever the downloader's UI language.
  const t = await getTranslations({ locale: version.locale, namespace: "report" });
  const buffer = await reportDocx(version.paragraphs as Paragraph[], {
    subtitle: t("version", { number: version.number }),
    status: version.approvedAt ? t("approvedOn", { date: isoDate(version.approvedAt) }) : t("draftBadge"),
  });
  const name = `report-${version.report.campaign.slug}-v${version.number}.docx`;
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
