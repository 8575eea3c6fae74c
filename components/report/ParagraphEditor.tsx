"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { editParagraphAction } from "@/app/(staff)/report/actions";
import { readMessageKey } from "@/i18n/validation";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { MAX_PARAGRAPH } from "@/lib/reports/schemas";

// Labels come translated from the server page, so the report's strings are not shipped to every
// staff browser (components/shell/client-messages.ts).
// The schema's messages are keys (lib/reports/schemas.ts): the page sends their two texts.
export type EditorLabels = { edit: string; save: string; cancel: string; textEmpty: string; textTooLong: string };

export function ParagraphEditor({
  versionId,
  paragraphKey,
  text,
  labels,
  children,
}: {
  versionId: string;
  paragraphKey: string;
  text: string;
  labels: EditorLabels;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const result = await editParagraphAction({ versionId, key: paragraphKey, text: value });
      if (!result.ok) {
        const key = readMessageKey(result.fieldErrors?.text?.[0] ?? "").key;
        return setError(key === "textEmpty" || key === "textTooLong" ? labels[key] : result.error);
      }
      setError(null);
      setEditing(false);
      router.refresh();
    });
  }

  if (!editing)
    return (
      <div className="group flex items-start gap-2">
        <p className="flex-1 whitespace-pre-line">{children}</p>
        <button
          type="button"
          className="no-print text-xs text-brand-700 underline"
          onClick={() => {
            setValue(text);
            setEditing(true);
          }}
          data-testid={`edit-${paragraphKey}`}
        >
          {labels.edit}
        </button>
      </div>
    );
  return (
    <div className="no-print space-y-2">
      <textarea
        className={`${inputClass} w-full`}
        rows={Math.min(12, Math.max(3, Math.ceil(value.length / 80)))}
        value={value}
        maxLength={MAX_PARAGRAPH}
        onChange={(e) => setValue(e.target.value)}
        aria-label={labels.edit}
        data-testid={`editor-${paragraphKey}`}
      />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={save}
          data-testid={`save-${paragraphKey}`}
        >
          {labels.save}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setEditing(false)}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
