"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteSessionAction } from "@/app/(staff)/seminars/actions";
import { dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { useServerAction } from "@/components/ui/use-server-action";

/** Deleting a session takes its findings and their evidence along, so it asks once more. */
export function DeleteSession({ sessionId }: { sessionId: string }) {
  const t = useTranslations("seminars.delete");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { error, pending, run } = useServerAction();
  const remove = () => run(() => deleteSessionAction({ sessionId }), () => router.push("/seminars"));
  return (
    <div className="space-y-2">
      <FormError error={error} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-red-800">{t("warning")}</span>
          <button type="button" className={dangerButtonClass} disabled={pending} onClick={remove} data-testid="delete-confirm">{t("confirm")}</button>
          <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>{t("cancel")}</button>
        </div>
      ) : (
        <button type="button" className={dangerButtonClass} onClick={() => setConfirming(true)} data-testid="delete-session">{t("start")}</button>
      )}
    </div>
  );
}
