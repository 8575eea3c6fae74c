import { checkDatabase } from "@/lib/health/check";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  if (result.ok) return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  return Response.json({ status: "error", db: "unreachable", reason: result.reason }, { status: 503, headers: { "Cache-Control": "no-store" } });
}
