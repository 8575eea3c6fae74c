import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { unitTemplateCsv, unitTemplateXlsx } from "@/lib/units/import";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/admin/units/template?format=csv|xlsx: the empty unit-tree template. Checks the session
 * and "unit:manage" itself (the proxy does not guard /api).
 */
export async function GET(request: NextRequest) {
  try {
    await requireUser("unit:manage");
  } catch (error) {
    if (error instanceof DomainError) return new Response(error.code, { status: error.code === "unauthenticated" ? 401 : 403, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
  const headers = { "Cache-Control": "private, no-store" };
  if (request.nextUrl.searchParams.get("format") === "xlsx") {
    const t = await getTranslations();
    const bytes = await unitTemplateXlsx({
      sheetUnits: t("units.import.sheetUnits"),
      sheetTypes: t("units.import.sheetTypes"),
      type: t("units.type"),
      meaning: t("units.import.meaning"),
      types: t.raw("unitTypes") as Record<string, string>,
    });
    return new Response(bytes as BodyInit, { headers: { ...headers, "Content-Type": XLSX_TYPE, "Content-Disposition": 'attachment; filename="unit-tree-template.xlsx"' } });
  }
  return new Response(unitTemplateCsv(), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="unit-tree-template.csv"' } });
}
