// Option codes (the values paper files and exports carry) made from the option's labels when the
// admin leaves them blank. English gives "radios_and_phones"; a label with no ASCII letters, as
// most Chinese ones are, is spelled in toneless pinyin ("车辆" -> "che_liang"), so the code stays
// readable, and the same label always gives the same code. Server side only: the pinyin
// dictionary is large and the builder's browser bundle does not need it.
import { pinyin } from "pinyin-pro";
import { KEY_MAX_LENGTH, OPTION_VALUE_PATTERN, suggestValue } from "@/lib/questionnaires/rules";
import type { Bilingual } from "@/lib/questionnaires/languages";

/** Toneless pinyin syllables and ASCII words joined by "_", cut at a word boundary. */
export function codeFromLabel(label: string): string {
  const ascii = suggestValue(label);
  if (ascii && !/[^\x00-\x7f]/.test(label)) return ascii;
  const words = pinyin(label, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, ""))
    .filter((word) => word !== "");
  let code = "";
  for (const word of words.join("_").split("_")) {
    const next = code ? `${code}_${word}` : word;
    if (next.length > KEY_MAX_LENGTH) break;
    code = next;
  }
  return OPTION_VALUE_PATTERN.test(code) ? code : "";
}

/** English label first (codes read like the rest of the exports), else the Chinese one. */
export function codeFromLabels(label: Bilingual): string {
  return codeFromLabel(label.en) || codeFromLabel(label.zh) || "option";
}

/**
 * Fills blank codes, keeping every code already given. A generated code that is already taken
 * gets "_2", "_3"...: unique within the question, and the same every time for the same labels.
 */
export function assignOptionCodes<T extends { value: string; label: Bilingual }>(options: T[]): (T & { value: string })[] {
  const taken = new Set(options.map((o) => o.value).filter((v) => v !== ""));
  return options.map((option) => {
    if (option.value !== "") return option;
    const base = codeFromLabels(option.label);
    let code = base;
    for (let n = 2; taken.has(code); n++) {
      const suffix = `_${n}`;
      code = `${base.slice(0, KEY_MAX_LENGTH - suffix.length).replace(/_+$/, "")}${suffix}`;
    }
    taken.add(code);
    return { ...option, value: code };
  });
}
