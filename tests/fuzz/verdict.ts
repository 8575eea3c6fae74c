// What every answer to a fuzzed input must be: a success, or a 4xx whose JSON body names the error
// in words, never a 5xx and never a stack trace or internal detail.
const STACK =
  /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+:\d+|node_modules|PrismaClient|Invalid `prisma|TypeError|ReferenceError|SyntaxError: /;

export function badAnswer(status: number, text: string): string | null {
  if (status >= 500) return `status ${status}: ${text.slice(0, 200)}`;
  if (STACK.test(text)) return `status ${status} with internal detail: ${text.slice(0, 200)}`;
  if (status < 200 || (status >= 300 && status < 400) || status >= 600) return `status ${status}`;
  if (status >= 400) {
    let body: { error?: unknown; message?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      return `status ${status} without a JSON body: ${text.slice(0, 100)}`;
    }
    if (typeof body.error !== "string" || !body.error)
      return `status ${status} without an error name: ${text.slice(0, 200)}`;
    if (body.message !== undefined && (typeof body.message !== "string" || !body.message.trim()))
      return `status ${status} with an empty message`;
  }
  return null;
}
