// The language of a person's own text (a quote, an answer), so a quote in the other language than
// the page carries `lang` and screen readers switch voice (issue 10, accessibility). Texts here are
// Chinese or English; a text is Chinese when Han characters make up a good part of its letters.
import type { Locale } from "@/i18n/locales";

const HAN = /\p{Script=Han}/gu;
const LETTER = /[\p{L}]/gu;

export function textLanguage(text: string): Locale {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return "zh";
  const han = text.match(HAN)?.length ?? 0;
  // A Han character carries a word's worth of meaning; a few in an English sentence still count.
  return han * 3 >= letters - han ? "zh" : "en";
}

/** The `lang` attribute for a text shown on a page in `pageLocale`: only when it differs. */
export function langIfOther(text: string, pageLocale: string): Locale | undefined {
  const lang = textLanguage(text);
  return lang === pageLocale ? undefined : lang;
}
