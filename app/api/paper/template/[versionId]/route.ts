import { getLocale, getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { loadPaperView, paperUnits } from "@/lib/paper/queries";
import { templateCsv, templateXlsx, type TemplateWords } from "@/lib/paper/template";
import { localName } from "@/i18n/local-name";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/paper/template/<versionId>?format=csv|xlsx: the empty template of a published version.
 * Checks the session and "paper:enter" itself (the proxy does not guard /api). The XLSX lists only
 * the caller's own unit codes.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ versionId: string }> }) {
  let user;
  try {
    user = await requireUser("paper:enter");
  } catch (error) {
    if (error instanceof DomainError) return plain(error.code === "unauthenticated" ? 401 : 403, error.code);
    throw error;
  }
  const { versionId } = await params;
  const view = UUID.test(versionId) ? await loadPaperView(versionId) : null;
  if (!view) return plain(404, "not_found");

  const headers = { "Cache-Control": "private, no-store" };
  const name = `${view.title}-template`;
  if (request.nextUrl.searchParams.get("format") === "xlsx") {
    const t = await getTranslations("paper");
    const zh = (await getLocale()) === "zh";
    const units = (await paperUnits(await scopeOf(user), view.campaignId)).map((u) => ({ code: u.code, name: localName(u, zh) }));
    const bytes = await templateXlsx(view, units, t.raw("template") as TemplateWords);
    return new Response(bytes as BodyInit, { headers: { ...headers, "Content-Type": XLSX_TYPE, "Content-Disposition": disposition(name, "xlsx") } });
  }
  return new Response(templateCsv(view), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition(name, "csv") } });
}

// An ASCII fallback name plus the real (possibly Chinese) title, RFC 6266 / 5987.
function disposition(name: string, extension: string) {
  return `attachment; filename="paper-template.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}

function plain(status: number, body: string) {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
