"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { publishVersionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { MissingList } from "@/components/questionnaires/MissingTranslations";
import { buttonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";
import type { Bilingual, MissingTranslation } from "@/lib/questionnaires/languages";
import type { PublishProblem } from "@/lib/questionnaires/rules";

export type LiveSummary = { id: string; version: number; title: Bilingual; publishedOn: string; responses: number } | null;

/**
 * Publishing asks first, in place: it says which version officers get from now on and which one
 * they got until now (retired in the same step), and, when texts lack a translation, asks the
 * admin to accept that officers read those in the other language. The server checks the same
 * (publishSchema): the live version named here must still be live, and the acceptance explicit.
 */
export function PublishPanel({ versionId, version, title, live, missing }: {
  versionId: string;
  version: number;
  title: Bilingual;
  live: LiveSummary;
  missing: MissingTranslation[];
}) {
  const t = useTranslations("questionnaires.publish");
  const locale = useLocale() === "zh" ? "zh" : "en";
  const router = useRouter();
  const headingId = useId();
  const { pending, error, refusal, run } = useBuilderAction();
  const [asking, setAsking] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const name = (text: Bilingual) => text[locale] || text[locale === "zh" ? "en" : "zh"];
  const needsAcceptance = missing.length > 0;

  function publish() {
    run(
      () => publishVersionAction({ versionId, expectedLiveVersionId: live?.id ?? null, acceptMissingTranslations: accepted }),
      () => {
        setDone(true);
        setAsking(false);
        router.refresh();
      },
    );
  }

  if (!asking) {
    return (
      <div className="space-y-2">
        <button type="button" className={buttonClass} onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => cancelRef.current?.focus());
        }}>
          {t("button")}
        </button>
        <p className="text-sm text-slate-600">{live ? t("replacesShort", { version: live.version }) : t("note")}</p>
        <span role="status" className="sr-only">{done ? t("done") : ""}</span>
      </div>
    );
  }
  return (
    <section role="group" aria-labelledby={headingId} className="space-y-3 rounded border border-brand-200 bg-brand-50 p-3 text-sm" data-testid="publish-confirm">
      <h3 id={headingId} className="font-semibold">{t("confirmHeading", { version })}</h3>
      <p data-testid="publish-now">{t("fromNow", { title: name(title), version })}</p>
      <p data-testid="publish-before">
        {live
          ? t("untilNow", { title: name(live.title), version: live.version, date: live.publishedOn, count: live.responses })
          : t("untilNowNone")}
      </p>
      {needsAcceptance ? (
        <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-2" data-testid="publish-missing">
          <p className="font-medium text-amber-950">{t("missingWarning", { count: missing.length })}</p>
          <MissingList missing={missing} limit={8} />
          <label className="flex items-start gap-2">
            <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} className="mt-0.5 h-4 w-4" />
            <span>{t("acceptMissing")}</span>
          </label>
        </div>
      ) : null}
      <FormError error={error} testId="publish-error" />
      <ProblemList problems={refusal?.problems ?? []} />
      {refusal?.code === "live_changed" ? (
        <button type="button" className={secondaryButtonClass} onClick={() => router.refresh()}>{t("reload")}</button>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} disabled={pending || (needsAcceptance && !accepted)} onClick={publish}>
          {pending ? t("publishing") : t("confirm", { version })}
        </button>
        <button ref={cancelRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>{t("cancel")}</button>
      </div>
    </section>
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
