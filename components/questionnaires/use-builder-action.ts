"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Outcome, Refusal } from "@/lib/questionnaires/outcome";
import type { ActionResult } from "@/lib/server-actions/result";

export type FieldErrors = Record<string, string>;

/**
 * Field messages are keys under questionnaires.validation, some with a number after ":" (the
 * limit of "tooLong:200"); anything else is shown as it is.
 */
export function useValidationText() {
  const t = useTranslations("questionnaires.validation");
  return (message: string) => {
    const [key, max] = message.split(":");
    if (!t.has(key as never)) return message;
    return max === undefined ? t(key as never) : t(key as never, { max: Number(max) } as never);
  };
}

/** The first message of each field of a zod error or an action's fieldErrors. */
export function firstMessages(issues: { path: string; message: string }[], text: (m: string) => string): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of issues) result[issue.path || "_form"] ??= text(issue.message);
  return result;
}

/**
 * Calls a builder action and sorts its answer into: done, a refusal (shown by the field it names
 * or above the form), invalid fields, or a general error. Keeps one pending flag per form.
 */
export function useBuilderAction() {
  const t = useTranslations("questionnaires");
  const text = useValidationText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  function reset() {
    setError(null);
    setFieldErrors({});
    setRefusal(null);
  }

  function run<T>(call: () => Promise<ActionResult<Outcome<T>>>, onDone?: (value: T) => void | Promise<void>) {
    reset();
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        const fields = Object.entries(result.fieldErrors ?? {}).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
        setFieldErrors(firstMessages(fields, text));
        setError(result.error);
        return;
      }
      if (result.data.status === "refused") {
        const r = result.data.refusal;
        setRefusal(r);
        const message = t(`refusal.${r.code}`);
        if (r.field) setFieldErrors({ [r.field]: message });
        else setError(message);
        return;
      }
      await onDone?.(result.data.value);
    });
  }

  return { pending, error, fieldErrors, refusal, run, reset, setFieldErrors, setError };
}
