import "server-only";
import { servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/auth/request-guards";

// Plumbing shared by the officers' JSON routes (app/api/survey/*). They read the request body and
// nothing else: no address, agent, referrer or cookie is ever looked at, so none can be stored or
// logged by mistake.

export const SURVEY_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

/**
 * A JSON answer of the officers' API. These routes do not pass through proxy.ts (its matcher leaves
 * /api/survey/ out, decision 013), so they set what it would: no caching, and
 * Strict-Transport-Security when the public address is https. no-transform also keeps Next's gzip
 * from setting up a zlib stream for every answer of a few dozen bytes (and any proxy from
 * rewriting it).
 */
export function surveyJson(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  const transport: Record<string, string> = servedOverHttps() ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {};
  return Response.json(body, { status, headers: { ...SURVEY_HEADERS, "Cache-Control": "no-store, no-transform", ...transport, ...extra } });
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** The request's JSON body, refusing other content types, bodies over `maxBytes` and bad JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, response: surveyJson(415, { error: "invalid_input", message: "Send JSON (Content-Type: application/json)." }) };
  }
  const tooLarge = () => ({ ok: false as const, response: surveyJson(413, { error: "invalid_input", message: `Keep the body under ${maxBytes} bytes.` }) });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, response: surveyJson(400, { error: "invalid_input", message: "The body is not valid JSON." }) };
  }
}

/**
 * For errors nobody expected. Only the error's kind is logged: messages of database errors can
 * quote values (a digest, a receipt key, an answer), and survey logs must carry none of them.
 */
export function unexpected(where: string, error: unknown): Response {
  logUnexpected(where, error);
  return surveyJson(500, { error: "unexpected", message: "Something went wrong on our side. Please try again: answers are never stored twice." });
}

/** Logs an unexpected error by its kind only (see `unexpected`); the officer pages use it too. */
export function logUnexpected(where: string, error: unknown): void {
  const kind = error instanceof Error ? `${error.name}${"code" in error && typeof error.code === "string" ? ` ${error.code}` : ""}` : typeof error;
  console.error(`survey: unexpected ${kind} in ${where}`);
}
