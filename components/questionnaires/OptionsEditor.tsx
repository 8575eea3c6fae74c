"use client";
import { useTranslations } from "next-intl";
import { describedBy, FieldError, inputClass, secondaryButtonClass } from "@/components/questionnaires/form-parts";
import { suggestValue } from "@/lib/questionnaires/rules";
import { MAX_OPTIONS } from "@/lib/questionnaires/schemas";

export type OptionDraft = { value: string; label: string };

/**
 * The answer options of a choice question: a value (what paper files and exports contain) and a
 * label (what the officer reads). Profile questions keep their preset values; only labels change.
 */
export function OptionsEditor({
  options,
  onChange,
  fixedValues,
  errors,
  idPrefix,
}: {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  fixedValues: boolean;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const t = useTranslations("questionnaires.question");
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
          const labelId = `${idPrefix}-${index}-label`;
          const valueError = errors[`options.${index}.value`];
          const labelError = errors[`options.${index}.label`];
          return (
            <li key={index} className="grid grid-cols-[1fr_2fr_auto] items-start gap-2" data-testid="option-row">
              <div>
                <label htmlFor={valueId} className="sr-only">{t("optionValueN", { n: index + 1 })}</label>
                <input id={valueId} value={option.value} placeholder={t("optionValue")} disabled={fixedValues}
                  onChange={(e) => update(index, { value: e.target.value })} autoComplete="off" spellCheck={false}
                  aria-invalid={!!valueError} aria-describedby={describedBy(valueId, null, valueError)} className={`${inputClass} font-mono`} />
                <FieldError id={valueId} error={valueError} />
              </div>
              <div>
                <label htmlFor={labelId} className="sr-only">{t("optionLabelN", { n: index + 1 })}</label>
                <input id={labelId} value={option.label} placeholder={t("optionLabel")}
                  onChange={(e) => update(index, { label: e.target.value })}
                  onBlur={() => (!fixedValues && option.value === "" ? update(index, { value: suggestValue(option.label) }) : undefined)}
                  aria-invalid={!!labelError} aria-describedby={describedBy(labelId, null, labelError)} className={inputClass} />
                <FieldError id={labelId} error={labelError} />
              </div>
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
        <button type="button" onClick={() => onChange([...options, { value: "", label: "" }])} className={secondaryButtonClass}>
          {t("addOption")}
        </button>
      )}
    </fieldset>
  );
}
