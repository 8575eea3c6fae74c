"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteSessionAction } from "@/app/(staff)/seminars/actions";
import { dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";

/** Deleting a session takes its findings and their evidence along, so it asks once more. */
export function DeleteSession({ sessionId }: { sessionId: string }) {
  const t = useTranslations("seminars.delete");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await deleteSessionAction({ sessionId });
      if (!result.ok) return setError(result.error);
      router.push("/seminars");
    });
  return (
    <div className="space-y-2">
      <FormError error={error} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-red-800">{t("warning")}</span>
          <button type="button" className={dangerButtonClass} disabled={pending} onClick={run} data-testid="delete-confirm">{t("confirm")}</button>
          <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>{t("cancel")}</button>
        </div>
      ) : (
        <button type="button" className={dangerButtonClass} onClick={() => setConfirming(true)} data-testid="delete-session">{t("start")}</button>
      )}
    </div>
  );
}
