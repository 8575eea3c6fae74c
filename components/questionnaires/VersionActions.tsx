"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { addProfileQuestionAction, deleteDraftAction, retireVersionAction, startNewVersionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { ConfirmInPlace } from "@/components/ui/ConfirmInPlace";
import { buttonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

/** Retires the live version after a confirmation that says officers then get no questionnaire. */
export function RetireButton({ versionId, version, responses }: { versionId: string; version: number; responses: number }) {
  const t = useTranslations("questionnaires.retire");
  const router = useRouter();
  const { pending, error, run } = useBuilderAction();
  return (
    <ConfirmInPlace label={t("button")} question={t("really", { version, count: responses })} yes={t("yes", { version })} no={t("no")}
      pending={pending} error={error} testId="retire-confirm" onYes={() => run(() => retireVersionAction({ versionId }), () => router.refresh())} />
  );
}

/** Deletes a draft nobody answered; the server refuses any other version with a message. */
export function DeleteDraftButton({ versionId, version }: { versionId: string; version: number }) {
  const t = useTranslations("questionnaires.deleteDraft");
  const router = useRouter();
  const { pending, error, run } = useBuilderAction();
  return (
    <ConfirmInPlace label={t("button")} question={t("really", { version })} yes={t("yes", { version })} no={t("no")}
      pending={pending} error={error} testId="delete-draft-confirm" errorTestId="delete-draft-error"
      onYes={() => run(() => deleteDraftAction({ versionId }), () => router.push("/admin/questionnaires"))} />
  );
}

export function NewVersionButton({ versionId }: { versionId: string }) {
  const t = useTranslations("questionnaires");
  const router = useRouter();
  const { pending, error, refusal, run } = useBuilderAction();
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} className={buttonClass}
        onClick={() => run(() => startNewVersionAction({ versionId }), (created) => router.push(`/admin/questionnaires/${created.versionId}`))}>
        {t("newVersion.button")}
      </button>
      <FormError error={error} />
      {refusal?.draftId ? (
        <Link href={`/admin/questionnaires/${refusal.draftId}`} className="text-sm text-brand-700 underline">{t("newVersion.openDraft")}</Link>
      ) : null}
    </div>
  );
}

/** Offers each coarse profile question (with "prefer not to say") that the version does not have yet. */
export function ProfileQuestionButtons({ versionId, missing }: { versionId: string; missing: ("ROLE_LEVEL" | "SERVICE_YEARS" | "AGE_BAND")[] }) {
  const t = useTranslations("questionnaires.profile");
  const { pending, error, run } = useBuilderAction();
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {missing.length === 0 ? (
        <p className="text-sm text-slate-600">{t("allAdded")}</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {missing.map((field) => (
            <button key={field} type="button" disabled={pending} className={secondaryButtonClass} onClick={() => run(() => addProfileQuestionAction({ versionId, field }))}>
              {t(`add_${field}`)}
            </button>
          ))}
        </div>
      )}
      <FormError error={error} />
    </div>
  );
}
