"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConflictNotice } from "@/components/problems/ConflictNotice";
import { firstErrors } from "@/components/problems/field-text";
import { FormError } from "@/components/ui/form-parts";
import type { ActionResult } from "@/lib/server-actions/result";

type Translate = Parameters<typeof firstErrors>[0];
type Saved = { status?: "saved"; id?: string; version?: number };
type Conflict = { status: "conflict"; current: Record<string, unknown> & { version: number } };

/**
 * The state of a form that edits a versioned row (a problem, an action). A save carries the version
 * it was made from; a stale one is refused, and the newer state shows beside the user's values,
 * which stay in the form (the next save is made from the newer version). A save that creates the row
 * passes `created`, which gets the new row's id.
 */
export function useVersionedForm<V extends { version?: number }>(initial: V, t: Translate, testId: string) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict["current"] | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const set = (key: keyof V) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  const save = (send: () => Promise<ActionResult<Saved | Conflict>>, created?: (id: string) => void) =>
    startTransition(async () => {
      setSaved(false);
      const result = await send();
      if (!result.ok) {
        setError(result.error);
        setFields(firstErrors(t, result.fieldErrors));
        return;
      }
      setError(null);
      setFields({});
      const data = result.data;
      if (data.status === "conflict") {
        setConflict(data.current);
        setValues((v) => ({ ...v, version: data.current.version }));
        return;
      }
      setConflict(null);
      if (created && data.id) return created(data.id);
      setValues((v) => ({ ...v, version: data.version }));
      setSaved(true);
      router.refresh();
    });

  const notices = (
    <>
      {conflict ? <ConflictNotice current={conflict} attempted={values} /> : null}
      <FormError error={error} />
      {saved ? (
        <p role="status" className="text-sm text-green-800" data-testid={`${testId}-saved`}>
          {t("form.saved")}
        </p>
      ) : null}
    </>
  );
  return { values, setValues, set, fields, pending, save, notices };
}
