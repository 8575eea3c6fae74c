"use client";
import { useState } from "react";
import type { SendPhase, Refusal } from "@/components/survey/survey-state";
import type { Translate } from "@/components/survey/translate";
import type { QuestionView } from "@/lib/surveys/structure";

export type Pending = { question: QuestionView; section: number; message: string };

type Props = {
  t: Translate;
  pending: Pending[];
  answered: number;
  total: number;
  phase: SendPhase;
  refusal: Refusal | null;
  online: boolean;
  preview: boolean;
  onGoTo: (item: Pending) => void;
  onBack: () => void;
  onSend: () => void;
  onNewCode: (code: string) => void;
};

const BUSY: SendPhase[] = ["sending", "retrying"];

export function ReviewStep({ t, pending, answered, total, phase, refusal, online, preview, onGoTo, onBack, onSend, onNewCode }: Props) {
  const [code, setCode] = useState("");
  const busy = BUSY.includes(phase);
  const status =
    phase === "preview" ? t("preview.sent")
    : !online && (phase === "offline" || busy) ? t("status.offline")
    : phase === "sending" ? t("status.sending")
    : phase === "retrying" ? t("status.retrying")
    : phase === "failed" ? t("status.failed")
    : phase === "closed" ? t("status.campaign_not_found")
    : phase === "invalid" ? t("status.invalid")
    : refusal ? t(`status.${refusal}`)
    : "";
  return (
    <div>
      <h2 className="mb-3 text-xl font-semibold text-brand-900" tabIndex={-1} data-step-heading>{t("review.title")}</h2>
      <p className="mb-3 text-slate-700">{t("review.answered", { answered, total })}</p>
      {pending.length > 0 ? (
        <section className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="missing-answers">
          <p className="mb-2 font-medium">{t("review.missing")}</p>
          <ul className="space-y-2">
            {pending.map((item) => (
              <li key={item.question.key} data-testid="missing-answer">
                <button type="button" onClick={() => onGoTo(item)} className="text-left text-brand-700 underline">
                  {item.question.prompt}
                </button>
                <span className="block text-sm text-red-700">{item.message}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mb-4 rounded-xl border border-green-300 bg-green-50 p-4 text-green-900" data-testid="review-complete">{t("review.complete")}</p>
      )}
      <p role="status" aria-live="polite" className="mb-3 min-h-6 font-medium text-slate-800" data-testid="send-status">{status}</p>
      {refusal && !preview ? (
        <form
          className="mb-4 rounded-xl border border-slate-200 bg-white p-4"
          onSubmit={(event) => {
            event.preventDefault();
            onNewCode(code);
          }}
        >
          <label htmlFor="new-code" className="mb-1 block font-medium">{t("newCode.label")}</label>
          <input id="new-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-lg tracking-widest uppercase" />
          <button type="submit" className="mt-3 w-full rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white">{t("newCode.use")}</button>
        </form>
      ) : null}
      <div className="flex gap-3">
        <button type="button" onClick={onBack} disabled={busy} className="flex-1 rounded-lg border border-slate-300 bg-white px-4 py-3 font-medium disabled:opacity-60">{t("nav.back")}</button>
        <button type="button" onClick={onSend} disabled={busy || pending.length > 0 || !!refusal || phase === "closed"} className="flex-1 rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white disabled:opacity-60" data-testid="send">
          {phase === "failed" ? t("review.resend") : t("review.send")}
        </button>
      </div>
    </div>
  );
}
