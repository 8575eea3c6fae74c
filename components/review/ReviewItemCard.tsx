"use client";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass, dangerButtonClass, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { LabelPicker, SuggestionSummary, type AspectOption, type Labels } from "@/components/review/LabelPicker";
import { langIfOther } from "@/i18n/text-language";
import type { QueueItem, QueueTab } from "@/lib/review/queries";
import { localName } from "@/i18n/local-name";

export type Original = { text: string; spans: { start: number; end: number; kind: string }[] };

type Props = {
  ref: React.Ref<HTMLElement>;
  item: QueueItem;
  tab: QueueTab;
  selected: boolean;
  aspects: AspectOption[];
  busy: boolean;
  changing: boolean;
  labels: Labels;
  onLabels: (labels: Labels) => void;
  maskEditor: boolean;
  masked: string;
  onMasked: (text: string) => void;
  maskRef: React.Ref<HTMLTextAreaElement>;
  firstLabelRef: React.Ref<HTMLInputElement>;
  error: string | null;
  original: Original | null;
  canReadOriginal: boolean;
  onSelect: () => void;
  onAccept: () => void;
  onStartChange: () => void;
  onSaveChange: () => void;
  onCancelChange: () => void;
  onNotProblem: () => void;
  onOpenMask: () => void;
  onReveal: () => void;
};

/** One text in the queue: where it comes from, the safe text, the suggestion, and the decisions. */
export function ReviewItemCard({ ref, maskRef, firstLabelRef, ...p }: Props) {
  const t = useTranslations("review");
  const tc = useTranslations("classification");
  const ts = useTranslations("seminars");
  const zh = useLocale() === "zh";
  const { item } = p;
  const hasPii = item.piiKinds.length > 0;
  const id = `item-${item.id}`;
  const source = "question" in item.source ? item.source.question : `${ts(`kinds.${item.source.sessionKind}`)} · ${item.source.heldOn}`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={`${id}-text`}
      aria-current={p.selected ? "true" : undefined}
      onClick={p.onSelect}
      data-testid="review-item"
      data-item-id={item.id}
      className={`min-w-0 rounded-lg border bg-white p-4 shadow-sm outline-none ${p.selected ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-200"}`}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium">{t(`kind.${item.kind}`)}</span>
        {item.unit ? <span>{localName(item.unit, zh)}</span> : null}
        <span className="min-w-0 break-words">· {source}</span>
        {hasPii ? (
          <span className="rounded bg-red-100 px-1.5 py-0.5 font-medium text-red-900" data-testid="pii-flag">
            {t("piiFlag", { kinds: item.piiKinds.map((k) => tc(`pii.${k}`)).join(", ") })}
          </span>
        ) : null}
        {item.status !== "PENDING" ? <span className="rounded bg-green-100 px-1.5 py-0.5 text-green-900">{t(`status.${item.status}`)}</span> : null}
      </div>
      <blockquote id={`${id}-text`} lang={langIfOther(item.text, zh ? "zh" : "en")} className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-slate-900" data-testid="review-text">
        {item.text}
      </blockquote>

      {p.original ? (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="original-text">
          <p className="mb-1 text-xs font-medium text-amber-900">{t("original")}</p>
          <OriginalText original={p.original} />
        </div>
      ) : hasPii && p.canReadOriginal ? (
        <button type="button" className="mt-2 text-sm text-brand-700 underline" onClick={p.onReveal} data-testid="reveal-original">
          {t("reveal")}
        </button>
      ) : null}

      <div className="mt-3">
        {item.suggestion ? <SuggestionSummary suggestion={item.suggestion} aspects={p.aspects} /> : <p className="text-sm text-slate-600">{t("noSuggestion")}</p>}
        {item.status !== "PENDING" ? (
          <p className="mt-1 text-sm" data-testid="decided-labels">
            <span className="font-medium">{t("decided")}: </span>
            {item.categories.map((c) => tc(`categories.${c}`)).join(", ")}
            {item.aspectCode ? ` · ${item.aspectCode}` : ""}
          </p>
        ) : null}
      </div>

      {p.maskEditor ? (
        <div className="mt-3">
          <label htmlFor={`${id}-mask`} className="mb-1 block text-sm font-medium text-slate-800">
            {t("maskLabel")}
          </label>
          <textarea
            id={`${id}-mask`}
            ref={maskRef}
            rows={3}
            value={p.masked}
            onChange={(e) => p.onMasked(e.target.value)}
            aria-describedby={`${id}-mask-hint`}
            className={inputClass}
            data-testid="mask-editor"
          />
          <p id={`${id}-mask-hint`} className="mt-1 text-xs text-slate-600">
            {t("maskHint")}
          </p>
        </div>
      ) : null}

      {p.changing ? (
        <form
          className="mt-3 rounded border border-slate-200 bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            p.onSaveChange();
          }}
          onKeyDown={(e) => {
            // Enter saves from a checkbox or the aspect list too, not only from a button.
            if (e.key === "Enter" && !(e.target instanceof HTMLButtonElement)) {
              e.preventDefault();
              p.onSaveChange();
            }
          }}
          data-testid="change-form"
        >
          <LabelPicker idPrefix={id} value={p.labels} onChange={p.onLabels} aspects={p.aspects} firstRef={firstLabelRef} />
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="submit" className={buttonClass} disabled={p.busy} data-testid="save-change">
              {t("saveChange")}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={p.onCancelChange}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}

      {p.error ? (
        <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="item-error">
          {p.error}
        </p>
      ) : null}

      {!p.changing ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {p.tab === "mask" ? (
            <button type="button" className={buttonClass} disabled={p.busy} onClick={p.onAccept} data-testid="approve-mask">
              {t("approveMask")} <kbd className="ml-1 text-xs opacity-75">a</kbd>
            </button>
          ) : (
            <button type="button" className={buttonClass} disabled={p.busy || !item.suggestion} onClick={p.onAccept} data-testid="accept">
              {t("accept")} <kbd className="ml-1 text-xs opacity-75">a</kbd>
            </button>
          )}
          <button type="button" className={secondaryButtonClass} disabled={p.busy} onClick={p.onStartChange} data-testid="change">
            {t("change")} <kbd className="ml-1 text-xs opacity-75">c</kbd>
          </button>
          <button type="button" className={dangerButtonClass} disabled={p.busy} onClick={p.onNotProblem} data-testid="not-problem">
            {t("notProblem")} <kbd className="ml-1 text-xs opacity-75">n</kbd>
          </button>
          {!p.maskEditor ? (
            <button type="button" className={secondaryButtonClass} onClick={p.onOpenMask} data-testid="open-mask">
              {t("openMask")} <kbd className="ml-1 text-xs opacity-75">m</kbd>
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

function OriginalText({ original }: { original: Original }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of [...original.spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    parts.push(original.text.slice(at, s.start));
    parts.push(
      <mark key={s.start} className="bg-red-200">
        {original.text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(original.text.slice(at));
  return <p className="whitespace-pre-wrap">{parts}</p>;
}
