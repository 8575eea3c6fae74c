"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { progressAction } from "@/app/(staff)/actions/board-actions";
import { buttonClass, Field, FormError, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { ConflictNotice } from "@/components/problems/ConflictNotice";
import { firstErrors } from "@/components/problems/field-text";
import type { ActionStatusName } from "@/lib/actions/schemas";
import type { ActionState } from "@/lib/actions/mutations";

export type MoveTarget = { id: string; title: string; version: number; from: ActionStatusName; to: ActionStatusName };

/**
 * The step after a drop (by mouse or keyboard) or a progress note: a note in both languages, which
 * may be published to officers. A stale version is refused by the server; the dialog then shows
 * the newer state beside what the user tried, and keeps the typed note for a second try.
 */
export function MoveDialog({
  target,
  onClose,
  onSaved,
}: {
  target: MoveTarget;
  onClose: () => void;
  onSaved: (version: number, status: ActionStatusName) => void;
}) {
  const t = useTranslations("actions");
  const dialog = useRef<HTMLDialogElement>(null);
  const [body, setBody] = useState("");
  const [bodyZh, setBodyZh] = useState("");
  const [published, setPublished] = useState(false);
  const [version, setVersion] = useState(target.version);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const save = () =>
    startTransition(async () => {
      const result = await progressAction({ id: target.id, version, status: target.to, body, bodyZh, published });
      if (!result.ok) {
        setError(result.error);
        setFields(firstErrors(t, result.fieldErrors));
        return;
      }
      if (result.data.status === "conflict") {
        setConflict(result.data.current);
        setVersion(result.data.current.version);
        setError(null);
        return;
      }
      onSaved(result.data.version, target.to);
    });

  return (
    <dialog
      ref={dialog}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      aria-labelledby="move-title"
      className="w-full max-w-lg rounded-lg border border-slate-300 p-0 backdrop:bg-slate-900/40"
      data-testid="move-dialog"
    >
      <form
        className="space-y-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="move-title" className="text-lg font-semibold text-brand-900">
          {target.from === target.to
            ? t("move.noteTitle", { title: target.title })
            : t("move.title", { title: target.title, status: t(`statuses.${target.to}`) })}
        </h2>
        {conflict ? <ConflictNotice current={conflict} attempted={{ status: target.to, body, bodyZh, published }} /> : null}
        <FormError error={error} />
        <Field id="move-body" label={t("move.body")} error={fields.body}>
          <textarea id="move-body" className={inputClass} rows={3} value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
        </Field>
        <Field id="move-bodyZh" label={t("move.bodyZh")} error={fields.bodyZh}>
          <textarea id="move-bodyZh" className={inputClass} rows={3} value={bodyZh} onChange={(e) => setBodyZh(e.target.value)} lang="zh" />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} data-testid="move-publish" />
          {t("move.publish")}
        </label>
        <p className="text-xs text-slate-600">{t("move.publishHint")}</p>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass} disabled={pending} data-testid="move-save">
            {conflict ? t("move.saveAgain") : t("move.save")}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            {t("move.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
