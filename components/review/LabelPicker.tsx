"use client";
import { useLocale, useTranslations } from "next-intl";
import { CATEGORIES, type Category } from "@/lib/classification/taxonomy";
import { inputClass } from "@/components/ui/form-parts";
import { localTitle } from "@/i18n/local-name";

export type AspectOption = { code: string; category: string; titleEn: string; titleZh: string };
export type Labels = { categories: Category[]; aspectCode: string | null };

/**
 * Categories (several may apply) and the one aspect of a text. Used by the review queue and by the
 * seminar form, so a label means the same wherever a person sets it. Choosing an aspect ticks its
 * own category, the usual case, without untagging the others.
 */
export function LabelPicker({
  idPrefix,
  value,
  onChange,
  aspects,
  error,
  firstRef,
}: {
  idPrefix: string;
  value: Labels;
  onChange: (next: Labels) => void;
  aspects: AspectOption[];
  error?: string | null;
  firstRef?: React.Ref<HTMLInputElement>;
}) {
  const t = useTranslations("classification");
  const zh = useLocale() === "zh";
  const toggle = (category: Category, on: boolean) =>
    onChange({ ...value, categories: on ? [...value.categories, category] : value.categories.filter((c) => c !== category) });
  const chooseAspect = (code: string) => {
    const aspect = aspects.find((a) => a.code === code);
    const own = aspect?.category as Category | undefined;
    const categories = own && !value.categories.includes(own) ? [...value.categories, own] : value.categories;
    onChange({ categories, aspectCode: code || null });
  };
  const errorId = `${idPrefix}-labels-error`;
  return (
    <div className="space-y-3">
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("categoriesLabel")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {CATEGORIES.map((category, index) => (
            <label key={category} className="inline-flex items-center gap-1.5 text-sm">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="checkbox"
                checked={value.categories.includes(category)}
                onChange={(e) => toggle(category, e.target.checked)}
                data-testid={`category-${category}`}
              />
              {t(`categories.${category}`)}
            </label>
          ))}
        </div>
        {error ? (
          <p id={errorId} className="mt-1 text-sm text-red-700" data-testid="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={`${idPrefix}-aspect`} className="mb-1 block text-sm font-medium text-slate-800">
          {t("aspectLabel")}
        </label>
        <select id={`${idPrefix}-aspect`} value={value.aspectCode ?? ""} onChange={(e) => chooseAspect(e.target.value)} className={inputClass} data-testid="aspect-select">
          <option value="">{t("noAspect")}</option>
          {aspects.map((a) => (
            <option key={a.code} value={a.code}>
              {a.code} · {localTitle(a, zh)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** "Rights 0.98 · Funding 0.61": the suggested categories with their scores. */
export function SuggestionSummary({
  suggestion,
  aspects,
}: {
  suggestion: { ranked: { category: Category; score: number }[]; labels: Category[]; aspect: string | null; words: string[] };
  aspects: AspectOption[];
}) {
  const t = useTranslations("classification");
  const zh = useLocale() === "zh";
  const aspect = aspects.find((a) => a.code === suggestion.aspect);
  // Runners-up worth a glance only: a score of 0.01 tells a reviewer nothing.
  const others = suggestion.ranked.filter((r) => !suggestion.labels.includes(r.category) && r.score >= 0.1).slice(0, 2);
  return (
    <div className="space-y-1 text-sm" data-testid="suggestion">
      <p>
        <span className="font-medium">{t("suggested")}: </span>
        {suggestion.ranked
          .filter((r) => suggestion.labels.includes(r.category))
          .map((r) => (
            <span key={r.category} className="mr-2 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-brand-900" data-testid="suggested-category">
              {t(`categories.${r.category}`)} <span className="tabular-nums text-slate-600">{r.score.toFixed(2)}</span>
            </span>
          ))}
        {others.length > 0 ? (
          <span className="text-xs text-slate-500">
            ({others.map((r) => `${t(`categories.${r.category}`)} ${r.score.toFixed(2)}`).join(", ")})
          </span>
        ) : null}
      </p>
      <p>
        <span className="font-medium">{t("aspectLabel")}: </span>
        <span data-testid="suggested-aspect">{aspect ? `${aspect.code} · ${localTitle(aspect, zh)}` : t("noAspect")}</span>
      </p>
      <p>
        <span className="font-medium">{t("words")}: </span>
        {suggestion.words.length === 0 ? (
          <span className="text-slate-500">{t("noWords")}</span>
        ) : (
          suggestion.words.map((w) => (
            <mark key={w} className="mr-1 rounded bg-amber-100 px-1 text-slate-900" data-testid="evidence-word">
              {w}
            </mark>
          ))
        )}
      </p>
    </div>
  );
}
