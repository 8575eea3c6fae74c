// Which routes belong to whom. Pure: used by the proxy and tests.

/** Officer-facing routes: no session, no cookies remembered, no caching, no logging of metadata. */
export function isSurveyPath(pathname: string): boolean {
  return /^\/(survey|receipt|s)(\/|$)/.test(pathname) || pathname.startsWith("/api/survey");
}

/** Pages anyone may open without signing in. */
export function isPublicPath(pathname: string): boolean {
  return (
    isSurveyPath(pathname) ||
    pathname === "/signin" ||
    // One-time set-up links: the token in the address is the credential (lib/users/setup-link).
    pathname.startsWith("/setup/") ||
    pathname === "/forbidden" ||
    pathname === "/api/health" ||
    pathname.startsWith("/api/auth")
  );
}
