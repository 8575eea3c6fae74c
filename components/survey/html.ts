// HTML as strings, escaped by default: the officer's pages are rendered by the same functions on
// the server (first paint, no framework runtime) and in the browser (every later step). Anything
// interpolated into html`…` is escaped unless it is itself Html, so questionnaire and problem
// texts typed by staff can never become markup.
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | Part[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function part(value: Part): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: false, null and undefined render nothing; lists are joined. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup known to be safe (made by html`…` or by the page itself). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
