// A tiny translator for the officers' pages. They do not use next-intl's client provider: its
// runtime and the whole message catalogue would weigh on every phone, and the survey's language
// is the tab's own choice (not the staff cookie). Messages are the same JSON files next-intl
// reads (messages/<locale>/survey.json), with simple {name} placeholders only.
export type Dict = { [key: string]: string | Dict };
export type SurveyLocale = "zh" | "en";
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function makeTranslate(dict: Dict): Translate {
  return (key, values) => {
    let node: string | Dict | undefined = dict;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") return key;
    return values ? node.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : node;
  };
}

export const LANGUAGE_NAMES: Record<SurveyLocale, string> = { zh: "中文", en: "English" };
