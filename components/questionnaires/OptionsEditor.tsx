"use client";
import { useTranslations } from "next-intl";
import { describedBy, FieldError, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { LANGS, otherLang, type Bilingual, type Lang } from "@/lib/questionnaires/languages";
import { suggestValue } from "@/lib/questionnaires/rules";
import { MAX_OPTIONS } from "@/lib/questionnaires/schemas";

export type OptionDraft = { value: string; label: Bilingual };

/**
 * The answer options of a choice question: a value (what paper files and exports contain) and the
 * label officers read, in Chinese and English. A blank value is made from the labels when saved
 * (pinyin for a Chinese-only label). Profile questions keep their preset values; only labels change.
 */
export function OptionsEditor({
  options,
  onChange,
  fixedValues,
  errors,
  idPrefix,
  own,
}: {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  fixedValues: boolean;
  errors: Record<string, string>;
  idPrefix: string;
  own: Lang;
}) {
  const t = useTranslations("questionnaires.question");
  const tl = useTranslations("questionnaires.languages");
  const update = (index: number, patch: Partial<OptionDraft>) => onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));

  return (
    <fieldset className="space-y-2" aria-describedby={`${idPrefix}-hint`}>
      <legend className="text-sm font-medium">{t("options")}</legend>
      <p id={`${idPrefix}-hint`} className="text-xs text-slate-600">
        {t("optionsHint")}
      </p>
      <FieldError id={`${idPrefix}-all`} error={errors.options} />
      <ol className="space-y-2">
        {options.map((option, index) => {
          const valueId = `${idPrefix}-${index}-value`;
          const valueError = errors[`options.${index}.value`];
          return (
            <li key={index} className="grid grid-cols-[1fr_2fr_2fr_auto] items-start gap-2" data-testid="option-row">
              <div>
                <label htmlFor={valueId} className="sr-only">{t("optionValueN", { n: index + 1 })}</label>
                <input id={valueId} value={option.value} placeholder={t("optionValue")} disabled={fixedValues}
                  onChange={(e) => update(index, { value: e.target.value })} autoComplete="off" spellCheck={false}
                  aria-invalid={!!valueError} aria-describedby={describedBy(valueId, null, valueError)} className={`${inputClass} font-mono`} />
                <FieldError id={valueId} error={valueError} />
              </div>
              {LANGS.map((lang) => {
                const labelId = `${idPrefix}-${index}-label-${lang}`;
                const labelError = errors[lang === own ? `options.${index}.label` : `options.${index}.labelTranslation`];
                const missing = option.label[lang].trim() === "" && option.label[otherLang(lang)].trim() !== "";
                return (
                  <div key={lang}>
                    <label htmlFor={labelId} className="sr-only">{t("optionLabelN", { n: index + 1, lang: tl(lang) })}</label>
                    <input id={labelId} lang={lang === "zh" ? "zh-CN" : "en"} value={option.label[lang]} placeholder={`${t("optionLabel")} · ${tl(lang)}`}
                      onChange={(e) => update(index, { label: { ...option.label, [lang]: e.target.value } })}
                      // English labels suggest a value as before; Chinese-only ones get theirs on the server.
                      onBlur={() => (!fixedValues && lang === "en" && option.value === "" ? update(index, { value: suggestValue(option.label.en) }) : undefined)}
                      aria-invalid={!!labelError} aria-describedby={describedBy(labelId, missing ? "missing" : null, labelError)}
                      className={`${inputClass} ${missing ? "border-amber-500 bg-amber-50" : ""}`} />
                    {missing ? <p id={`${labelId}-hint`} className="mt-0.5 text-xs font-medium text-amber-900" data-testid="missing-translation">{tl("missing")}</p> : null}
                    <FieldError id={labelId} error={labelError} />
                  </div>
                );
              })}
              {fixedValues ? <span /> : (
                <button type="button" onClick={() => onChange(options.filter((_, i) => i !== index))} className={secondaryButtonClass}
                  aria-label={t("removeOptionN", { n: index + 1 })}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {fixedValues || options.length >= MAX_OPTIONS ? null : (
        <button type="button" onClick={() => onChange([...options, { value: "", label: { zh: "", en: "" } }])} className={secondaryButtonClass}>
          {t("addOption")}
        </button>
      )}
    </fieldset>
  );
}
