"use client";
import { useRouter } from "next/navigation";
import { createContext, useContext, useRef, useState, useTransition } from "react";
import type { FormTexts } from "@/components/admin/form-texts";
import type { ActionResult } from "@/lib/server-actions/result";

// The administrators' forms: sends the form's fields to a server action (defineAction), shows the
// action's message and each field's message at the field, and refreshes the page on success.
// Field messages arrive as keys and are worded with `texts` (components/admin/form-texts), read on
// the server in the reader's language.

type Outcome = { status: string; fieldErrors?: Record<string, string> } & Record<string, unknown>;
type Action = (input: FormData) => Promise<ActionResult<Outcome | undefined>>;

const FieldErrors = createContext<{ errors: Record<string, string>; formId: string }>({ errors: {}, formId: "" });

export function ActionForm({
  action,
  texts,
  id,
  children,
  submitLabel,
  className = "",
  resetOnSuccess = true,
  onSaved,
  confirm,
  buttonClassName,
  redirectTo,
}: {
  action: Action;
  texts: FormTexts;
  id: string;
  children?: React.ReactNode;
  submitLabel: string;
  className?: string;
  resetOnSuccess?: boolean;
  onSaved?: (outcome: Outcome) => void;
  confirm?: string;
  buttonClassName?: string;
  /** Where to go after success (e.g. the list after a delete), instead of refreshing this page. */
  redirectTo?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "saved"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const word = (key: string) => texts.validation[key] ?? key;

  return (
    <form
      ref={formRef}
      id={id}
      data-testid={id}
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        if (confirm && !window.confirm(confirm)) return;
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await action(data);
          if (!result.ok) {
            const fields = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, word(v[0])]));
            setErrors(fields);
            setMessage({ kind: "error", text: result.error });
            return;
          }
          if (result.data?.status === "invalid") {
            setErrors(Object.fromEntries(Object.entries(result.data.fieldErrors ?? {}).map(([k, v]) => [k, word(v)])));
            setMessage({ kind: "error", text: texts.invalid });
            return;
          }
          setErrors({});
          setMessage({ kind: "saved", text: texts.saved });
          if (resetOnSuccess) formRef.current?.reset();
          if (result.data) onSaved?.(result.data);
          if (redirectTo) router.push(redirectTo);
          else router.refresh();
        });
      }}
    >
      <FieldErrors.Provider value={{ errors, formId: id }}>
        {message ? (
          <p
            className={`mb-2 rounded border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800"}`}
            role={message.kind === "error" ? "alert" : "status"}
            data-testid={`${id}-${message.kind === "error" ? "error" : "saved"}`}
          >
            {message.text}
            {message.kind === "error" && errors._form ? ` ${errors._form}` : ""}
          </p>
        ) : null}
        {children}
        <button
          type="submit"
          disabled={pending}
          className={buttonClassName ?? "mt-2 inline-flex items-center rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"}
          data-testid={`${id}-submit`}
        >
          {submitLabel}
        </button>
      </FieldErrors.Provider>
    </form>
  );
}

/**
 * A labelled input or select (or, with `group`, a set of checkboxes under a legend) whose message,
 * if the last submit had one, shows below it.
 */
export function FormField({ name, label, children, group = false, className = "" }: { name: string; label: string; children: React.ReactNode; group?: boolean; className?: string }) {
  const { errors, formId } = useContext(FieldErrors);
  const error = errors[name];
  const message = error ? (
    <span className="text-red-700" data-testid={`${formId}-${name}-error`}>
      {error}
    </span>
  ) : null;
  if (group) {
    return (
      <fieldset className={`flex flex-col gap-1 text-sm ${className}`}>
        <legend className="mb-1 font-medium text-slate-800">{label}</legend>
        {children}
        {message}
      </fieldset>
    );
  }
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`}>
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-800">{label}</span>
        {children}
      </label>
      {message}
    </div>
  );
}

export const fieldClass = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
