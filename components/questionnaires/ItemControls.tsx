"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { deleteQuestionAction, deleteSectionAction, moveQuestionAction, moveSectionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

type Kind = "question" | "section";

/**
 * Move up / move down, for keyboard and screen-reader users alike. The buttons at either end are
 * aria-disabled rather than disabled, so focus stays on the button that was just used and the
 * next press can follow; the new position is announced.
 */
export function MoveButtons({ kind, id, name, position, count }: { kind: Kind; id: string; name: string; position: number; count: number }) {
  const t = useTranslations("questionnaires.move");
  const { pending, error, run } = useBuilderAction();
  const [announcement, setAnnouncement] = useState("");
  const first = position === 1;
  const last = position === count;

  function move(direction: "up" | "down") {
    if ((direction === "up" && first) || (direction === "down" && last) || pending) return;
    const action = kind === "question" ? moveQuestionAction : moveSectionAction;
    run(
      () => action({ id, direction }),
      () => {
        setAnnouncement(t("moved", { name, position: direction === "up" ? position - 1 : position + 1, count }));
        // The list re-renders in its new order; keep the focus on the button just pressed.
        requestAnimationFrame(() => document.getElementById(`move-${direction}-${id}`)?.focus());
      },
    );
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {(["up", "down"] as const).map((direction) => {
        const blocked = direction === "up" ? first : last;
        return (
          <button key={direction} id={`move-${direction}-${id}`} type="button" onClick={() => move(direction)} aria-disabled={blocked || pending}
            aria-label={t(`${kind}_${direction}`, { name })} className={secondaryButtonClass}>
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          </button>
        );
      })}
      <span className="sr-only" role="status">{announcement}</span>
      <FormError error={error} />
    </span>
  );
}

/** Delete with a confirmation step in place (no pop-up), focus on the safe choice first. */
export function DeleteButton({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  const t = useTranslations("questionnaires.delete");
  const { pending, error, run } = useBuilderAction();
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);

  function ask() {
    setAsking(true);
    requestAnimationFrame(() => keepRef.current?.focus());
  }
  function confirm() {
    run(() => (kind === "question" ? deleteQuestionAction({ questionId: id }) : deleteSectionAction({ sectionId: id })));
  }

  if (!asking) {
    return (
      <button type="button" onClick={ask} className={dangerButtonClass} aria-label={t(`${kind}_label`, { name })}>
        {t("delete")}
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1" role="group" aria-label={t(`${kind}_label`, { name })}>
      <span className="text-sm">{t("really")}</span>
      <button type="button" onClick={confirm} disabled={pending} className={dangerButtonClass}>
        {t("yes")}
      </button>
      <button ref={keepRef} type="button" onClick={() => setAsking(false)} className={secondaryButtonClass}>
        {t("no")}
      </button>
      <FormError error={error} />
    </span>
  );
}
