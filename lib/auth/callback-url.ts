// Where sign-in may send the user afterwards. Pure: the sign-in page and tests use it.
//
// Only a path on this site. Checking the raw string is not enough: browsers read `/\host` as
// `//host` and drop tabs and newlines inside URLs, so the value is parsed the way a browser
// would (WHATWG URL) against a placeholder origin, and only its path, query and fragment are kept.
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" normalises to the path "//host", which a browser would again take for a host.
  return path.startsWith("//") ? "/" : path;
}
