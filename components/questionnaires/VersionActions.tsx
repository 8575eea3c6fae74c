"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addProfileQuestionAction, publishVersionAction, startNewVersionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, FormError, secondaryButtonClass } from "@/components/questionnaires/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";
import type { PublishProblem } from "@/lib/questionnaires/rules";

export function PublishButton({ versionId, replaces }: { versionId: string; replaces: number | null }) {
  const t = useTranslations("questionnaires");
  const { pending, error, refusal, run } = useBuilderAction();
  const [done, setDone] = useState(false);
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} onClick={() => run(() => publishVersionAction({ versionId }), () => setDone(true))} className={buttonClass}>
        {pending ? t("publish.publishing") : t("publish.button")}
      </button>
      <p className="text-sm text-slate-600">{replaces !== null ? t("publish.replaces", { version: replaces }) : t("publish.note")}</p>
      <FormError error={error} testId="publish-error" />
      <ProblemList problems={refusal?.problems ?? []} />
      <span role="status" className="sr-only">{done ? t("publish.done") : ""}</span>
    </div>
  );
}

function ProblemList({ problems }: { problems: PublishProblem[] }) {
  const t = useTranslations("questionnaires.problem");
  if (problems.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-red-800" data-testid="publish-problems">
      {problems.map((p, index) => (
        <li key={index}>{t(p.code, { key: "key" in p ? p.key : "", section: "section" in p ? p.section : "" })}</li>
      ))}
    </ul>
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
