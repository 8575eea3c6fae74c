// Turns a form schema's message key ("titleRequired", "tooLong:200") into text in the reader's
// language. Keys live under the namespace's "errors"; anything else (a zod default) gets the
// namespace's generic "invalid" text rather than English from the library.
type Translate = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set([
  "titleRequired",
  "tooLong",
  "reasonRequired",
  "escalatedRequired",
  "pickOne",
  "commentRequired",
  "ownerRequired",
  "officeRequired",
  "badDate",
  "publishBothLanguages",
]);

function fieldText(t: Translate, message: string | undefined): string | null {
  if (!message) return null;
  const [key, max] = message.split(":");
  if (!KNOWN.has(key)) return t("errors.invalid");
  return max ? t(`errors.${key}`, { max: Number(max) }) : t(`errors.${key}`);
}

export function firstErrors(t: Translate, fieldErrors: Record<string, string[]> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    const text = fieldText(t, messages[0]);
    if (text) result[field] = text;
  }
  return result;
}
