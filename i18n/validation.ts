// Validation messages travel as message keys (zod `message`, server field errors), never as text, so
// both languages can show them. A key that names a limit carries it as "key:limit", e.g. "tooLong:2000",
// because a zod message is a plain string and the person must be told the limit.

/** A message key that carries the limit the value broke. */
export function withLimit(key: string, limit: number): string {
  return `${key}:${limit}`;
}

/** Splits "tooLong:2000" into the key and the ICU parameter `{max}`; a plain key has no parameters. */
export function readMessageKey(code: string): { key: string; params: { max?: number } } {
  const at = code.lastIndexOf(":");
  if (at < 0) return { key: code, params: {} };
  const max = Number(code.slice(at + 1));
  return Number.isFinite(max) ? { key: code.slice(0, at), params: { max } } : { key: code, params: {} };
}
