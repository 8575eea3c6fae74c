"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server-actions/result";

/**
 * Calls a server action in a transition, for the buttons and small forms that only show a refusal:
 * `pending` while it runs, `error` the refusal's text (cleared by a success), `then` gets the data.
 */
export function useServerAction() {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = <T>(call: () => Promise<ActionResult<T>>, then: (data: T) => void) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setError(result.error);
      setError(null);
      then(result.data);
    });
  return { error, pending, run };
}
