"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { suggestAction } from "@/app/(staff)/seminars/actions";
import { dangerButtonClass, Field, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { LabelPicker, SuggestionSummary, type AspectOption } from "@/components/review/LabelPicker";
import { readMessageKey } from "@/i18n/validation";
import type { Category } from "@/lib/classification/taxonomy";
import { findingEvidenceText, sameLabels } from "@/lib/review/rules";
import { MAX_FIGURES, SEVERITIES } from "@/lib/seminars/schemas";

export type FigureDraft = { value: string; unit: string; measures: string };
type SuggestionView = { ranked: { category: Category; score: number }[]; labels: Category[]; aspect: string | null; words: string[]; piiKinds: string[] };
export type FindingDraft = {
  key: string;
  id: string | null;
  statement: string;
  quote: string;
  figures: FigureDraft[];
  categories: Category[];
  aspectCode: string | null;
  severity: (typeof SEVERITIES)[number];
  raisedBy: string;
  /** Once the lead sets labels by hand, new suggestions no longer overwrite them. */
  labelsTouched: boolean;
  suggestion: SuggestionView | null;
};

const SUGGEST_DELAY_MS = 500;

/** One finding of a session: statement, quote, figures, labels (suggested, then confirmed), weight. */
export function FindingEditor({
  index,
  finding,
  aspects,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  finding: FindingDraft;
  aspects: AspectOption[];
  errors: Record<string, string>;
  onChange: (patch: Partial<FindingDraft> | ((f: FindingDraft) => Partial<FindingDraft>)) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("seminars");
  const tc = useTranslations("classification");
  const id = `finding-${finding.key}`;
  const err = (field: string) => errors[`findings.${index}.${field}`] ?? null;
  const message = (code: string) => {
    const { key, params } = readMessageKey(code);
    return t.has(`validation.${key}`) ? t(`validation.${key}`, params) : t("validation.invalid");
  };
  const text = finding.statement.trim() ? findingEvidenceText(finding.statement, finding.quote) : "";
  const request = useRef(0);

  // The classifier's suggestion follows the text as it is typed; stale answers are dropped.
  useEffect(() => {
    if (!text) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      const result = await suggestAction({ text });
      if (!result.ok || mine !== request.current) return;
      const s = result.data;
      onChange((f) => ({
        suggestion: { ranked: s.ranked, labels: s.labels, aspect: s.aspect, words: s.words, piiKinds: s.piiKinds },
        ...(f.labelsTouched ? {} : { categories: s.labels, aspectCode: s.aspect }),
      }));
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
    // onChange is a fresh closure each render; the text alone decides when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const figures = finding.figures;
  const setFigure = (i: number, patch: Partial<FigureDraft>) => onChange({ figures: figures.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const s = finding.suggestion;
  const followsSuggestion = s ? sameLabels({ categories: finding.categories, aspect: finding.aspectCode }, { categories: s.labels, aspect: s.aspect }) : false;

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="finding-editor">
      <legend className="px-1 font-semibold text-brand-900">{t("form.findingN", { n: index + 1 })}</legend>
      <Field id={`${id}-statement`} label={t("form.statement")} hint={t("form.statementHint")} error={err("statement") ? message(err("statement")!) : null}>
        <textarea id={`${id}-statement`} rows={3} className={inputClass} value={finding.statement} aria-invalid={!!err("statement")}
          onChange={(e) => onChange({ statement: e.target.value })} data-testid="finding-statement" />
      </Field>
      <Field id={`${id}-quote`} label={t("form.quote")} hint={t("form.quoteHint")} error={err("quote") ? message(err("quote")!) : null}>
        <textarea id={`${id}-quote`} rows={2} className={inputClass} value={finding.quote} onChange={(e) => onChange({ quote: e.target.value })} data-testid="finding-quote" />
      </Field>
      {s && s.piiKinds.length > 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="finding-pii">
          {t("form.piiFound", { kinds: s.piiKinds.map((k) => tc(`pii.${k}`)).join(", ") })}
        </p>
      ) : null}

      <div>
        <p className="mb-1 text-sm font-medium text-slate-800">{t("form.figures")}</p>
        <p className="mb-2 text-xs text-slate-600">{t("form.figuresHint")}</p>
        {figures.map((fig, i) => {
          const fid = `${id}-figure-${i}`;
          const fe = (field: string) => errors[`findings.${index}.figures.${i}.${field}`];
          return (
            <div key={i} className="mb-2 grid grid-cols-2 gap-2 sm:grid-cols-[7rem_9rem_1fr_auto]" data-testid="figure-row">
              <Field id={`${fid}-value`} label={t("form.figureValue")} error={fe("value") ? message(fe("value")!) : null}>
                <input id={`${fid}-value`} inputMode="decimal" className={inputClass} value={fig.value} onChange={(e) => setFigure(i, { value: e.target.value })} aria-invalid={!!fe("value")} />
              </Field>
              <Field id={`${fid}-unit`} label={t("form.figureUnit")} error={fe("unit") ? message(fe("unit")!) : null}>
                <input id={`${fid}-unit`} className={inputClass} value={fig.unit} placeholder={t("form.figureUnitExample")} onChange={(e) => setFigure(i, { unit: e.target.value })} aria-invalid={!!fe("unit")} />
              </Field>
              <Field id={`${fid}-measures`} label={t("form.figureMeasures")} className="col-span-2 sm:col-span-1" error={fe("measures") ? message(fe("measures")!) : null}>
                <input id={`${fid}-measures`} className={inputClass} value={fig.measures} placeholder={t("form.figureMeasuresExample")} onChange={(e) => setFigure(i, { measures: e.target.value })} aria-invalid={!!fe("measures")} />
              </Field>
              <button type="button" className={`${secondaryButtonClass} self-end`} onClick={() => onChange({ figures: figures.filter((_, j) => j !== i) })}>
                {t("form.removeFigure")}
              </button>
            </div>
          );
        })}
        {figures.length < MAX_FIGURES ? (
          <button type="button" className={secondaryButtonClass} onClick={() => onChange({ figures: [...figures, { value: "", unit: "", measures: "" }] })} data-testid="add-figure">
            {t("form.addFigure")}
          </button>
        ) : null}
      </div>

      <div className="rounded border border-slate-200 bg-slate-50 p-3">
        <p className="mb-2 text-sm font-medium text-slate-800">{t("form.labels")}</p>
        {s ? (
          <div className="mb-3">
            <SuggestionSummary suggestion={s} aspects={aspects} />
            {!followsSuggestion ? (
              <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => onChange({ categories: s.labels, aspectCode: s.aspect, labelsTouched: false })} data-testid="use-suggestion">
                {t("form.useSuggestion")}
              </button>
            ) : null}
          </div>
        ) : (
          <p className="mb-2 text-xs text-slate-600">{t("form.suggestionWaiting")}</p>
        )}
        <LabelPicker idPrefix={id} value={{ categories: finding.categories, aspectCode: finding.aspectCode }} aspects={aspects}
          error={err("categories") ? message(err("categories")!) : null}
          onChange={(labels) => onChange({ ...labels, labelsTouched: true })} />
        <p className="mt-2 text-xs text-slate-600">{t("form.labelsHint")}</p>
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-severity`} label={t("form.severity")}>
          <select id={`${id}-severity`} className={inputClass} value={finding.severity} onChange={(e) => onChange({ severity: e.target.value as FindingDraft["severity"] })} data-testid="finding-severity">
            {SEVERITIES.map((v) => <option key={v} value={v}>{t(`severity.${v}`)}</option>)}
          </select>
        </Field>
        <Field id={`${id}-raised`} label={t("form.raisedBy")} hint={t("form.raisedByHint")} error={err("raisedBy") ? message(err("raisedBy")!) : null}>
          <input id={`${id}-raised`} inputMode="numeric" className={inputClass} value={finding.raisedBy} aria-invalid={!!err("raisedBy")}
            onChange={(e) => onChange({ raisedBy: e.target.value })} data-testid="finding-raised-by" />
        </Field>
      </div>
      <button type="button" className={dangerButtonClass} onClick={onRemove} data-testid="remove-finding">{t("form.removeFinding")}</button>
    </fieldset>
  );
}
