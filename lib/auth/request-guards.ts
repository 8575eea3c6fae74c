// Request checks the proxy makes before Next.js handles a request. Pure, so tests call them.

/**
 * A POST to a page (how server actions arrive) whose Origin names another host. Next.js would
 * refuse it too, but with a 500 and a log line quoting the origin; answering first gives the
 * sender a 403 with a message and writes nothing. Compared like Next.js does: with
 * X-Forwarded-For's host if a proxy set one, else Host. A request without Origin (not a
 * browser's; browsers always send it on POST) is left to Next.js, as is every non-page route.
 */
export function isCrossSiteAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file: pages) and garbage
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}

/** Whether the portal's public address (NEXTAUTH_URL) is https: Secure cookies and HSTS then. */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return (publicUrl ?? "").toLowerCase().startsWith("https://");
}

// One year; no includeSubDomains, since other services of the bureau may share the domain.
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
