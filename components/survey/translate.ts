// A tiny translator for the officers' pages. They do not use next-intl's client provider: its
// runtime and the whole message catalogue would weigh on every phone, and the survey's language
// is the tab's own choice (not the staff cookie). Messages are the same JSON files next-intl
// reads (messages/<locale>/survey.json): {name} placeholders and the ICU plural form the staff
// side uses, `{count, plural, =0 {…} one {# item} other {# items}}` (nothing else of ICU).
export type Dict = { [key: string]: string | Dict };
export type SurveyLocale = "zh" | "en";
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type PluralRulesLike = { select(n: number): string };

/**
 * The plural category of `n`. Intl.PluralRules arrived in Chrome 63 and Safari 13, after some of
 * the officers' phones (Chrome 61, Safari 11): there English falls back to its own rule and
 * Chinese, which has no plural forms, to "other".
 */
export function pluralCategory(locale: string, n: number): string {
  const Rules = typeof Intl === "object" ? (Intl as { PluralRules?: new (locale: string) => PluralRulesLike }).PluralRules : undefined;
  if (typeof Rules === "function") {
    try {
      return new Rules(locale).select(n);
    } catch {
      // an engine without this locale's data: the fallback below
    }
  }
  return locale.slice(0, 2) === "en" && n === 1 ? "one" : "other";
}

/** The text between the brace at `open` and its matching closing brace, and where that ends. */
function braced(text: string, open: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** `=0 {none} one {# item} other {# items}` for the number `n`, with `#` as the number. */
function choosePlural(locale: string, cases: string, n: number): string {
  const forms: Record<string, string> = {};
  const pattern = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(cases))) {
    const body = braced(cases, match.index + match[0].length - 1);
    if (!body) break;
    forms[match[1]] = body.inner;
    pattern.lastIndex = body.end;
  }
  const form = forms[`=${n}`] ?? forms[pluralCategory(locale, n)] ?? forms.other ?? "";
  return form.replace(/#/g, String(n));
}

function format(locale: string, message: string, values: Record<string, string | number>): string {
  let out = "";
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf("{", i);
    if (open < 0) break;
    const body = braced(message, open);
    if (!body) break;
    out += message.slice(i, open);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body.inner);
    const name = plural ? plural[1] : body.inner.trim();
    if (!(name in values)) out += message.slice(open, body.end);
    else if (plural) out += format(locale, choosePlural(locale, plural[2], Number(values[name])), values);
    else out += String(values[name]);
    i = body.end;
  }
  return out + message.slice(i);
}

export function makeTranslate(dict: Dict, locale: SurveyLocale = "en"): Translate {
  return (key, values) => {
    let node: string | Dict | undefined = dict;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") return key;
    return values ? format(locale, node, values) : node;
  };
}

export const LANGUAGE_NAMES: Record<SurveyLocale, string> = { zh: "中文", en: "English" };
