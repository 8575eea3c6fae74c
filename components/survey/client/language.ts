import { loadLanguage, saveLanguage } from "@/components/survey/draft";
import type { SurveyLocale } from "@/components/survey/translate";
import { LOCALE_TAGS } from "@/components/survey/view/common";

/**
 * The officer's pages speak the browser's language (negotiated by the server) until the officer
 * picks one; the pick lives in this tab's sessionStorage, never in a cookie.
 */
export function chosenLanguage(negotiated: SurveyLocale): SurveyLocale {
  const stored = loadLanguage();
  return stored === "zh" || stored === "en" ? stored : negotiated;
}

export function applyLanguage(locale: SurveyLocale, remember: boolean): void {
  if (remember) saveLanguage(locale);
  document.documentElement.lang = LOCALE_TAGS[locale];
}
