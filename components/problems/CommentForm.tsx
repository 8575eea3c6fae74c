"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { commentAction } from "@/app/(staff)/problems/actions";
import { firstErrors } from "@/components/problems/field-text";
import { buttonClass, FieldError, inputClass } from "@/components/ui/form-parts";
import { COMMENT_MAX } from "@/lib/problems/schemas";

/** A department head's comment on a problem or a dashboard aspect. */
export function CommentForm({ campaignId, subject, label }: { campaignId: string; subject: string; label: string }) {
  const t = useTranslations("problems");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `comment-${subject.replace(/[^a-zA-Z0-9]/g, "-")}`;
  return (
    <form
      className="mt-2 flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await commentAction({ campaignId, subject, body });
          if (!result.ok) return setError(firstErrors(t, result.fieldErrors).body ?? result.error);
          setError(null);
          setBody("");
          router.refresh();
        });
      }}
    >
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        className={inputClass}
        rows={2}
        maxLength={COMMENT_MAX}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="comment-body"
      />
      <FieldError id={id} error={error} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending} data-testid="comment-submit">
          {t("comments.post")}
        </button>
      </div>
    </form>
  );
}
