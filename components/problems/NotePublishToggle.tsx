"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { publishNoteAction } from "@/app/(staff)/actions/board-actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";

/** Admins publish a note to officers or withdraw it. */
export function NotePublishToggle({ id, published }: { id: string; published: boolean }) {
  const t = useTranslations("actions.timeline");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        data-testid="note-publish"
        onClick={() =>
          startTransition(async () => {
            const result = await publishNoteAction({ id, published: !published });
            if (!result.ok) return setError(result.error);
            setError(null);
            router.refresh();
          })
        }
      >
        {published ? t("withdraw") : t("publish")}
      </button>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}
