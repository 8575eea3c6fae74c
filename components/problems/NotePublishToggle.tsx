"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { publishNoteAction } from "@/app/(staff)/actions/board-actions";
import { secondaryButtonClass } from "@/components/ui/form-parts";
import { useServerAction } from "@/components/ui/use-server-action";

/** Admins publish a note to officers or withdraw it. */
export function NotePublishToggle({ id, published }: { id: string; published: boolean }) {
  const t = useTranslations("actions.timeline");
  const router = useRouter();
  const { error, pending, run } = useServerAction();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        data-testid="note-publish"
        onClick={() => run(() => publishNoteAction({ id, published: !published }), () => router.refresh())}
      >
        {published ? t("withdraw") : t("publish")}
      </button>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}
