"use client";
import { useTranslations } from "next-intl";
import { describedBy, FieldError, inputClass } from "@/components/ui/form-parts";
import { LANGS, type Bilingual, type Lang } from "@/lib/questionnaires/languages";

/**
 * One questionnaire text in both languages side by side (Chinese first, as officers read it).
 * The questionnaire's own language is the one that must be filled; the other is its translation,
 * flagged while missing so the admin sees what officers would read in the other language.
 */
export function BilingualField({
  id,
  label,
  value,
  onChange,
  own,
  error,
  translationError,
  hint,
  rows,
  optional = false,
  disabled = false,
}: {
  id: string;
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  own: Lang;
  error?: string | null;
  translationError?: string | null;
  hint?: string | null;
  rows?: number;
  optional?: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations("questionnaires.languages");
  return (
    <fieldset className="min-w-0" data-testid="bilingual-field">
      <legend className="mb-1 text-sm font-medium text-slate-800">{label}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {LANGS.map((lang) => {
          const inputId = `${id}-${lang}`;
          const fieldError = lang === own ? error : translationError;
          const other = lang === "zh" ? "en" : "zh";
          const missing = value[lang].trim() === "" && value[other].trim() !== "";
          const note = missing ? t("missing") : null;
          const common = {
            id: inputId,
            lang: lang === "zh" ? "zh-CN" : "en",
            value: value[lang],
            disabled,
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...value, [lang]: e.target.value }),
            "aria-invalid": !!fieldError,
            "aria-describedby": describedBy(inputId, note, fieldError),
            className: `${inputClass} ${missing ? "border-amber-500 bg-amber-50" : ""}`,
          };
          return (
            <div key={lang} className="min-w-0">
              {/* Named "Question English …" for assistive technology; the legend shows the field once. */}
              <label htmlFor={inputId} className="block text-xs text-slate-700">
                <span className="sr-only">{label} </span>
                {t(lang)}
                {lang === own && !optional ? ` · ${t("ownRequired")}` : lang !== own ? ` · ${t("translation")}` : ""}
              </label>
              {rows ? <textarea rows={rows} {...common} /> : <input {...common} autoComplete="off" />}
              {note ? (
                <p id={`${inputId}-hint`} className="mt-0.5 text-xs font-medium text-amber-900" data-testid="missing-translation">
                  {note}
                </p>
              ) : null}
              <FieldError id={inputId} error={fieldError} />
            </div>
          );
        })}
      </div>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
    </fieldset>
  );
}
