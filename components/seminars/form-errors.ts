// Which of the shown errors still hold after the lead edits the form. Errors left over from an
// earlier attempt confused people (issue 10): an error goes as soon as its field is fixed.
import { sessionSchema, type SessionInput } from "@/lib/seminars/schemas";

function valueAt(input: unknown, path: string): string {
  const value = path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), input);
  return JSON.stringify(value) ?? "";
}

/**
 * The errors to keep: those the schema still reports for the edited input, and the server's own
 * checks (dates, aspects) whose field did not change since they were reported.
 */
export function errorsAfterEdit(errors: Record<string, string>, before: SessionInput, after: SessionInput): Record<string, string> {
  if (Object.keys(errors).length === 0) return errors;
  const parsed = sessionSchema.safeParse(after);
  const now: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) now[issue.path.join(".")] ??= issue.message;
  const kept: Record<string, string> = {};
  for (const [key, code] of Object.entries(errors)) {
    if (now[key]) kept[key] = now[key];
    else if (serverCodes.has(code) && valueAt(before, key) === valueAt(after, key)) kept[key] = code;
  }
  return kept;
}

/** Codes only the server's checks produce (lib/seminars/mutations): they hold until their field changes. */
const serverCodes = new Set(["dateOutsideCampaign", "dateInFuture", "aspectUnknown"]);
