"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { acceptSuggestionAction } from "@/app/(staff)/problems/actions";
import { buttonClass } from "@/components/ui/form-parts";
import { useServerAction } from "@/components/ui/use-server-action";

/** Admins turn a suggested aspect into a problem of the register, then edit it on its page. */
export function AcceptSuggestion({ campaignId, aspectCode }: { campaignId: string; aspectCode: string }) {
  const t = useTranslations("problems.suggestions");
  const router = useRouter();
  const { error, pending, run } = useServerAction();
  return (
    <div>
      <button
        type="button"
        className={buttonClass}
        disabled={pending}
        data-testid="accept-suggestion"
        onClick={() => run(() => acceptSuggestionAction({ campaignId, aspectCode }), (data) => router.push(`/problems/${data.id}`))}
      >
        {t("accept")}
      </button>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
