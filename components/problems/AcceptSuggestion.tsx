"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acceptSuggestionAction } from "@/app/(staff)/problems/actions";
import { buttonClass } from "@/components/ui/form-parts";

/** Admins turn a suggested aspect into a problem of the register, then edit it on its page. */
export function AcceptSuggestion({ campaignId, aspectCode }: { campaignId: string; aspectCode: string }) {
  const t = useTranslations("problems.suggestions");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        className={buttonClass}
        disabled={pending}
        data-testid="accept-suggestion"
        onClick={() =>
          startTransition(async () => {
            const result = await acceptSuggestionAction({ campaignId, aspectCode });
            if (!result.ok) return setError(result.error);
            router.push(`/problems/${result.data.id}`);
          })
        }
      >
        {t("accept")}
      </button>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
