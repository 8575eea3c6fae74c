"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { decideAction, revealOriginalAction } from "@/app/(staff)/review/actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";
import type { AspectOption, Labels } from "@/components/review/LabelPicker";
import { ReviewItemCard, type Original } from "@/components/review/ReviewItemCard";
import type { QueueItem, QueueTab } from "@/lib/review/queries";
import type { DecisionInput } from "@/lib/review/schemas";

/**
 * The keyboard-driven queue: j/k move, a accepts (or approves the masked text), c changes the
 * labels, n marks "not a problem", m opens the masked text, Esc cancels. A decided item leaves the
 * list and the next one is selected, so a reviewer can keep a hand on the keys.
 */
export function ReviewQueue({ items: initial, tab, aspects, canReadOriginal }: { items: QueueItem[]; tab: QueueTab; aspects: AspectOption[]; canReadOriginal: boolean }) {
  const t = useTranslations("review");
  const tc = useTranslations("classification");
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [selected, setSelected] = useState(0);
  const [changing, setChanging] = useState<string | null>(null);
  const [labels, setLabels] = useState<Labels>({ categories: [], aspectCode: null });
  const [masks, setMasks] = useState<Record<string, string>>({});
  const [openMasks, setOpenMasks] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [originals, setOriginals] = useState<Record<string, Original>>({});
  const [announce, setAnnounce] = useState("");
  const [busy, startTransition] = useTransition();
  const cards = useRef(new Map<string, HTMLElement>());
  const maskRefs = useRef(new Map<string, HTMLTextAreaElement>());
  const firstLabel = useRef<HTMLInputElement>(null);

  const current = items[Math.min(selected, items.length - 1)];
  const maskOpen = (item: QueueItem) => tab === "mask" || item.piiKinds.length > 0 || !!openMasks[item.id];
  const maskOf = (item: QueueItem) => masks[item.id] ?? item.text;

  const focusItem = useCallback((index: number) => {
    setSelected(index);
    const item = items[index];
    const el = item && cards.current.get(item.id);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest" });
    }
  }, [items]);

  function submit(item: QueueItem, input: DecisionInput, done: string) {
    setErrors((e) => ({ ...e, [item.id]: "" }));
    startTransition(async () => {
      const result = await decideAction(input);
      if (!result.ok) return setErrors((e) => ({ ...e, [item.id]: result.code === "conflict" ? t("conflict") : result.error }));
      if (result.data.status === "maskRejected") {
        const problem = result.data.problem;
        const kinds = "kinds" in problem ? problem.kinds.map((k) => tc(`pii.${k}`)).join(", ") : "";
        setOpenMasks((m) => ({ ...m, [item.id]: true }));
        return setErrors((e) => ({ ...e, [item.id]: t(`validation.${problem.code}`, { kinds }) }));
      }
      const index = items.findIndex((i) => i.id === item.id);
      const rest = items.filter((i) => i.id !== item.id);
      setItems(rest);
      setChanging(null);
      setAnnounce(t("done", { decision: done, left: rest.length }));
      const next = Math.min(index, rest.length - 1);
      setSelected(Math.max(next, 0));
      requestAnimationFrame(() => {
        const el = rest[next] && cards.current.get(rest[next].id);
        el?.focus({ preventScroll: true });
        el?.scrollIntoView({ block: "nearest" });
      });
    });
  }

  const maskField = (item: QueueItem) => (maskOpen(item) ? { maskedText: maskOf(item) } : {});

  function accept(item: QueueItem) {
    if (tab === "mask") return submit(item, { action: "mask", id: item.id, maskedText: maskOf(item) }, t("decisions.masked"));
    if (!item.suggestion) return;
    submit(item, { action: "accept", id: item.id, seenVersion: item.suggestion.version, ...maskField(item) }, t("decisions.accepted"));
  }

  function startChange(item: QueueItem) {
    const base = item.status === "PENDING" && item.suggestion ? { categories: item.suggestion.labels, aspectCode: item.suggestion.aspect } : { categories: item.categories, aspectCode: item.aspectCode };
    setLabels({ categories: [...base.categories], aspectCode: base.aspectCode });
    setChanging(item.id);
    requestAnimationFrame(() => firstLabel.current?.focus());
  }

  function saveChange(item: QueueItem) {
    if (labels.categories.length === 0) return setErrors((e) => ({ ...e, [item.id]: t("validation.categoriesRequired") }));
    submit(item, { action: "correct", id: item.id, categories: labels.categories, aspectCode: labels.aspectCode, ...maskField(item) }, t("decisions.changed"));
  }

  /** Closing the label form returns the focus to its item, so the shortcuts keep working. */
  function cancelChange() {
    const id = changing;
    setChanging(null);
    requestAnimationFrame(() => (id ? cards.current.get(id)?.focus({ preventScroll: true }) : undefined));
  }

  function notProblem(item: QueueItem) {
    submit(item, { action: "notProblem", id: item.id }, t("decisions.notProblem"));
  }

  function openMask(item: QueueItem) {
    setOpenMasks((m) => ({ ...m, [item.id]: true }));
    requestAnimationFrame(() => maskRefs.current.get(item.id)?.focus());
  }

  function reveal(item: QueueItem) {
    startTransition(async () => {
      const result = await revealOriginalAction({ id: item.id });
      if (result.ok) setOriginals((o) => ({ ...o, [item.id]: result.data }));
      else setErrors((e) => ({ ...e, [item.id]: result.error }));
    });
  }

  // Shortcuts act on the selected item; typing in a field is left alone (Esc still cancels).
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    if (e.key === "Escape" && changing) {
      cancelChange();
      return;
    }
    const target = e.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
    if (!current || busy || changing) return;
    const index = items.indexOf(current);
    const actions: Record<string, () => void> = {
      j: () => focusItem(Math.min(index + 1, items.length - 1)),
      k: () => focusItem(Math.max(index - 1, 0)),
      a: () => accept(current),
      c: () => startChange(current),
      n: () => notProblem(current),
      m: () => openMask(current),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <div>
      <p role="status" className="mb-2 min-h-5 text-sm text-green-800" data-testid="review-status">
        {announce}
      </p>
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-slate-600" data-testid="queue-done">
          <p>{t("listDone")}</p>
          <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={() => router.refresh()}>
            {t("loadMore")}
          </button>
        </div>
      ) : (
        <ol className="space-y-3" aria-label={t("listLabel")}>
          {items.map((item, index) => (
            <li key={item.id}>
              <ReviewItemCard
                ref={(el) => {
                  if (el) cards.current.set(item.id, el);
                  else cards.current.delete(item.id);
                }}
                item={item}
                tab={tab}
                selected={item === current}
                aspects={aspects}
                busy={busy}
                changing={changing === item.id}
                labels={labels}
                onLabels={setLabels}
                maskEditor={maskOpen(item)}
                masked={maskOf(item)}
                onMasked={(text) => setMasks((m) => ({ ...m, [item.id]: text }))}
                maskRef={(el) => {
                  if (el) maskRefs.current.set(item.id, el);
                  else maskRefs.current.delete(item.id);
                }}
                firstLabelRef={firstLabel}
                error={errors[item.id] || null}
                original={originals[item.id] ?? null}
                canReadOriginal={canReadOriginal}
                onSelect={() => setSelected(index)}
                onAccept={() => accept(item)}
                onStartChange={() => startChange(item)}
                onSaveChange={() => saveChange(item)}
                onCancelChange={cancelChange}
                onNotProblem={() => notProblem(item)}
                onOpenMask={() => openMask(item)}
                onReveal={() => reveal(item)}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
