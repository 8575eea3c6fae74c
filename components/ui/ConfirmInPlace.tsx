"use client";
import { useRef, useState } from "react";
import { dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";

/**
 * A step that cannot be undone, confirmed in place (no pop-up): the button, then the question with
 * "yes" and "no". "No" takes the focus first, so a stray Enter keeps things as they are.
 */
export function ConfirmInPlace(props: {
  label: string;
  question: string;
  yes: string;
  no: string;
  pending: boolean;
  error: string | null;
  onYes: () => void;
  testId: string;
  buttonTestId?: string;
  yesTestId?: string;
  errorTestId?: string;
}) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button type="button" className={dangerButtonClass} data-testid={props.buttonTestId} onClick={() => {
        setAsking(true);
        requestAnimationFrame(() => keepRef.current?.focus());
      }}>
        {props.label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={props.label} className="space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm" data-testid={props.testId}>
      <p>{props.question}</p>
      <FormError error={props.error} testId={props.errorTestId} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={dangerButtonClass} disabled={props.pending} onClick={props.onYes} data-testid={props.yesTestId}>
          {props.yes}
        </button>
        <button ref={keepRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>{props.no}</button>
      </div>
    </div>
  );
}
