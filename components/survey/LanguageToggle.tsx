"use client";
import { LANGUAGE_NAMES, type SurveyLocale } from "@/components/survey/translate";

/** The survey's language switch: the choice lives in this tab (sessionStorage), not a cookie. */
export function LanguageToggle({ locale, onChange, label }: { locale: SurveyLocale; onChange: (locale: SurveyLocale) => void; label: string }) {
  return (
    <div role="group" aria-label={label} className="flex gap-1 text-sm" data-testid="survey-language">
      {(["zh", "en"] as const).map((l) => (
        <button
          key={l} type="button" lang={l === "zh" ? "zh-CN" : "en"} aria-pressed={locale === l} onClick={() => onChange(l)}
          className={`rounded-md px-2.5 whitespace-nowrap py-1.5 ${locale === l ? "bg-brand-600 font-semibold text-white" : "text-brand-700 hover:bg-brand-50"}`}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
