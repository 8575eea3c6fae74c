"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { addProfileQuestionAction, deleteDraftAction, retireVersionAction, startNewVersionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

/** Retires the live version after a confirmation that says officers then get no questionnaire. */
export function RetireButton({ versionId, version, responses }: { versionId: string; version: number; responses: number }) {
  const t = useTranslations("questionnaires.retire");
  const router = useRouter();
  const { pending, error, run } = useBuilderAction();
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button type="button" className={dangerButtonClass} onClick={() => {
        setAsking(true);
        requestAnimationFrame(() => keepRef.current?.focus());
      }}>
        {t("button")}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("button")} className="space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm" data-testid="retire-confirm">
      <p>{t("really", { version, count: responses })}</p>
      <FormError error={error} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={dangerButtonClass} disabled={pending} onClick={() => run(() => retireVersionAction({ versionId }), () => router.refresh())}>
          {t("yes", { version })}
        </button>
        <button ref={keepRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>{t("no")}</button>
      </div>
    </div>
  );
}

/** Deletes a draft nobody answered; the server refuses any other version with a message. */
export function DeleteDraftButton({ versionId, version }: { versionId: string; version: number }) {
  const t = useTranslations("questionnaires.deleteDraft");
  const router = useRouter();
  const { pending, error, run } = useBuilderAction();
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button type="button" className={dangerButtonClass} onClick={() => {
        setAsking(true);
        requestAnimationFrame(() => keepRef.current?.focus());
      }}>
        {t("button")}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("button")} className="space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm" data-testid="delete-draft-confirm">
      <p>{t("really", { version })}</p>
      <FormError error={error} testId="delete-draft-error" />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={dangerButtonClass} disabled={pending}
          onClick={() => run(() => deleteDraftAction({ versionId }), () => router.push("/admin/questionnaires"))}>
          {t("yes", { version })}
        </button>
        <button ref={keepRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>{t("no")}</button>
      </div>
    </div>
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
