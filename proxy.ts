import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { ABSOLUTE_LIFETIME_SECONDS, nowSeconds, sessionExpired } from "@/lib/auth/session-policy";
import { isCrossSiteAction, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/auth/request-guards";
import { tokenIsCurrent } from "@/lib/auth/sessions";
import errorsEn from "@/messages/en/errors.json";
import errorsZh from "@/messages/zh/errors.json";
import { isPublicPath, isSurveyPath } from "@/lib/http/paths";
import { contentSecurityPolicy } from "@/lib/http/csp";

// Runs before every page and API request except the officers' JSON API (/api/survey/*, see the
// matcher below): a fresh CSP nonce, the staff session's idle clock, a
// redirect to sign-in for staff pages, a 403 for cross-site server actions, and HSTS when the
// public address is https. It is a convenience, not the guard: every page and mutation checks
// the session and permission itself.
const REFRESH_AFTER_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const { pathname } = request.nextUrl;
  let response: NextResponse;
  if (!pathname.startsWith("/api/") && isCrossSiteAction(request.method, request.headers)) {
    // Both languages: the sender's language is unknown, and nothing of the request is logged.
    response = NextResponse.json({ error: "cross_site", message: errorsEn.cross_site, messageZh: errorsZh.cross_site }, { status: 403 });
  } else if (isSurveyPath(pathname)) {
    // Officers: no session is read, nothing is refreshed or remembered.
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Cache-Control", "no-store");
  } else {
    response = await staffResponse(request, requestHeaders, pathname);
  }
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps()) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

async function staffResponse(request: NextRequest, requestHeaders: Headers, pathname: string) {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const secureCookie = servedOverHttps();
  const cookieName = `${secureCookie ? "__Secure-" : ""}next-auth.session-token`;
  const token = secret ? await getToken({ req: request, secret, secureCookie }) : null;
  const now = nowSeconds();
  let live = !!token && !token.expired && !sessionExpired(token, now);
  // Before the idle clock is moved (at most once a minute, see below), ask the database whether
  // the session was ended meanwhile; pages and actions check it on every request themselves.
  const due = live && now - (token!.lastSeenAt as number) >= REFRESH_AFTER_SECONDS;
  if (due && !(await tokenIsCurrent(token!))) live = false;

  if (!live && !isPublicPath(pathname) && !pathname.startsWith("/api/")) {
    const signIn = new URL("/signin", request.url);
    if (token) signIn.searchParams.set("expired", "1");
    else if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname);
    const redirect = NextResponse.redirect(signIn);
    // Cleared with the same attributes it was set with: browsers ignore a __Secure- cookie
    // written without Secure, which left the ended session's cookie in place.
    if (token) redirect.cookies.set(cookieName, "", { ...sessionCookie(secureCookie), maxAge: 0 });
    return redirect;
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Activity moves the idle clock; the absolute 12-hour limit stays with signedInAt. The cookie is
  // rewritten at most once a minute and never for prefetches or auth routes. A request still in
  // flight at sign-out may hand the old cookie back, but it carries the ended session's version.
  const prefetch = request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
  if (live && due && secret && !prefetch && !pathname.startsWith("/api/auth")) {
    const value = await encode({ token: { ...token!, lastSeenAt: now }, secret, maxAge: ABSOLUTE_LIFETIME_SECONDS });
    response.cookies.set(cookieName, value, { ...sessionCookie(secureCookie), maxAge: ABSOLUTE_LIFETIME_SECONDS });
  }
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

const sessionCookie = (secure: boolean) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure });

// The officers' JSON API (/api/survey/*) does not come here: it needs no nonce, session or redirect,
// its routes set their own headers (lib/surveys/http.ts), and skipping this for every submission
// saves a measurable share of its CPU (decision 013).
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/survey/).*)" }],
};
