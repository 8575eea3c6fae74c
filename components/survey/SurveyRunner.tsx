"use client";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { clearDraft, loadDraft, saveDraft, type AnswerValue } from "@/components/survey/draft";
import { DoneStep } from "@/components/survey/DoneStep";
import { useOnline } from "@/components/survey/hooks";
import { issueText } from "@/components/survey/issues";
import { ProgressBar } from "@/components/survey/ProgressBar";
import { ReviewStep, type Pending } from "@/components/survey/ReviewStep";
import { SectionStep } from "@/components/survey/SectionStep";
import { attemptSubmission, postJson } from "@/components/survey/send";
import { StartStep } from "@/components/survey/StartStep";
import { EMPTY, fromDraft, surveyReducer, toDraft, type SurveyState } from "@/components/survey/survey-state";
import type { Translate } from "@/components/survey/translate";
import { checkAnswers } from "@/lib/surveys/answers";
import { ACCESS_CODE_LENGTH, generateReceiptCode, isWellFormed, newResponseId, normalizeCode } from "@/lib/surveys/codes";
import { allQuestions, type QuestionnaireView } from "@/lib/surveys/structure";

export type SurveyCampaignProps = { slug: string; title: string; kioskOpen: boolean };
type Props = { mode: "live" | "preview"; campaign: SurveyCampaignProps; view: QuestionnaireView; t: Translate };

const RETRY_DELAYS_MS = [1500, 4000, 10_000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A code printed in a QR after `#` (never sent to a server): "#code=ABCDE-23456" or "#ABCDE23456". */
function codeFromHash(): string {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return hash.replace(/^code=/, "");
}

export function SurveyRunner({ mode, campaign, view, t }: Props) {
  const preview = mode === "preview";
  const [state, dispatch] = useReducer(surveyReducer, null, () => (preview ? EMPTY : fromDraft(loadDraft(campaign.slug))));
  const [hashCode] = useState(() => (preview ? "" : codeFromHash()));
  const [reviewed, setReviewed] = useState(state.stage === "review");
  const [codeBusy, setCodeBusy] = useState(false);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const online = useOnline();
  const stateRef = useRef<SurveyState>(state);
  const focusKey = useRef<string | null>(null);
  const busy = useRef(false);
  const lastStep = useRef(`${state.stage}:${state.section}`);

  const questions = useMemo(() => allQuestions(view), [view]);
  const known = useCallback((answers: Record<string, AnswerValue>) => Object.fromEntries(Object.entries(answers).filter(([key]) => questions.some((q) => q.key === key))), [questions]);
  const check = useMemo(() => checkAnswers(view, known(state.answers)), [view, known, state.answers]);

  useEffect(() => {
    stateRef.current = state;
    if (preview) return;
    const draft = toDraft(state);
    if (draft) saveDraft(campaign.slug, draft);
    else if (state.stage === "done") clearDraft(campaign.slug);
  }, [state, preview, campaign.slug]);

  // The code came in the address's fragment: take it out of the address bar and history at once.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }, []);

  // Moving to another step puts the keyboard focus on its heading (or on the question asked for).
  useEffect(() => {
    const step = `${state.stage}:${state.section}`;
    if (step === lastStep.current) return;
    lastStep.current = step;
    const target = focusKey.current ? document.getElementById(`q-${focusKey.current}`) : null;
    focusKey.current = null;
    const input = target?.matches("input, textarea") ? target : target?.querySelector<HTMLElement>("input");
    (input ?? document.querySelector<HTMLElement>("[data-step-heading]"))?.focus();
    if (!input) window.scrollTo(0, 0);
  }, [state.stage, state.section]);

  const send = useCallback(async (override: Partial<SurveyState> = {}) => {
    if (busy.current) return;
    busy.current = true;
    let current = { ...stateRef.current, ...override };
    dispatch({ type: "phase", phase: "sending" });
    for (let attempt = 0; ; attempt++) {
      if (!navigator.onLine) {
        dispatch({ type: "phase", phase: "offline" }); // resumed by the "online" event below
        break;
      }
      const outcome = await attemptSubmission({
        campaign: campaign.slug, responseId: current.responseId, accessCode: current.accessCode || undefined,
        receiptCode: current.receiptCode, answers: known(current.answers),
      });
      if (outcome.kind === "received") {
        clearDraft(campaign.slug);
        dispatch({ type: "received" });
      } else if (outcome.kind === "receipt_taken") {
        current = { ...current, receiptCode: generateReceiptCode() };
        dispatch({ type: "newReceipt", receiptCode: current.receiptCode });
        continue;
      } else if (outcome.kind === "transient" && attempt < RETRY_DELAYS_MS.length) {
        dispatch({ type: "phase", phase: "retrying" });
        await sleep(RETRY_DELAYS_MS[attempt]);
        continue;
      } else if (outcome.kind === "transient" || outcome.kind === "failed") {
        dispatch({ type: "phase", phase: "failed" });
      } else if (outcome.kind === "refused") {
        dispatch({ type: "refused", refusal: outcome.refusal });
      } else if (outcome.kind === "invalid") {
        dispatch({ type: "invalid", issues: outcome.issues });
      } else {
        dispatch({ type: "phase", phase: "closed" });
      }
      break;
    }
    busy.current = false;
  }, [campaign.slug, known]);

  useEffect(() => {
    if (online && state.phase === "offline") void send();
  }, [online, state.phase, send]);

  // A send that was under way when the tab reloaded: finish it (it cannot arrive twice).
  const resumed = useRef(false);
  useEffect(() => {
    if (!resumed.current && stateRef.current.sendPending) void send();
    resumed.current = true;
  }, [send]);

  const begin = (code: string) => {
    if (state.responseId) {
      dispatch({ type: "setCode", accessCode: code });
      dispatch({ type: "go", section: 0 });
    } else {
      dispatch({ type: "start", accessCode: code, responseId: newResponseId(), receiptCode: generateReceiptCode() });
    }
  };

  const onStart = async (typed: string) => {
    const code = normalizeCode(typed);
    setCodeError(null);
    setNote(null);
    if (preview || (campaign.kioskOpen && !code)) return begin("");
    if (!isWellFormed(code, ACCESS_CODE_LENGTH)) return setCodeError(t("code.malformed"));
    setCodeBusy(true);
    const { status, body } = await postJson("/api/survey/codes", { campaign: campaign.slug, accessCode: code }, 10_000);
    setCodeBusy(false);
    const answer = (body as { status?: string } | null)?.status;
    if (status === 200 && answer === "valid") return begin(code);
    if (status === 0 || status >= 500) {
      setNote(t("code.unchecked"));
      return begin(code);
    }
    setCodeError(t(answer === "used" ? "code.code_used" : "code.code_not_valid"));
  };

  const issues = [...(check.ok ? [] : check.issues), ...state.serverIssues.filter((s) => check.ok || !check.issues.some((i) => i.key === s.key))];
  const issueOf = (key: string) => {
    const issue = issues.find((i) => i.key === key && (reviewed || i.code !== "required"));
    return issue ? issueText(t, issue) : null;
  };
  const sections = view.sections;
  const steps = sections.length + 1;

  if (state.stage === "done") return <DoneStep t={t} receipt={state.receipt} />;
  if (state.stage === "start") {
    return <StartStep t={t} title={campaign.title} intro={view.intro} kiosk={campaign.kioskOpen && !preview} initialCode={state.accessCode || hashCode} busy={codeBusy} error={codeError} onStart={onStart} />;
  }

  const statusLine = !online ? (
    <p className="mb-3 rounded-lg bg-amber-100 px-3 py-2 text-sm text-amber-900" role="status" data-testid="offline">{t("status.offline")}</p>
  ) : !preview ? (
    <p className="mb-3 text-xs text-slate-500" data-testid="saved">✓ {t("status.saved")}</p>
  ) : null;

  if (state.stage === "review") {
    const pending: Pending[] = issues.map((issue) => {
      const question = questions.find((q) => q.key === issue.key)!;
      return { question, section: sections.findIndex((s) => s.questions.some((q) => q.key === issue.key)), message: issueText(t, issue) };
    }).filter((p) => p.question);
    return (
      <>
        <ProgressBar step={steps} steps={steps} label={t("progress.review")} t={t} />
        {statusLine}
        <ReviewStep
          t={t} pending={pending} answered={questions.filter((q) => hasValue(state.answers[q.key]) && !issues.some((i) => i.key === q.key)).length}
          total={questions.length} phase={state.phase} refusal={state.refusal} online={online} preview={preview}
          onGoTo={(item) => {
            focusKey.current = item.question.key;
            dispatch({ type: "go", section: item.section });
          }}
          onBack={() => dispatch({ type: "go", section: sections.length - 1 })}
          onSend={() => (preview ? dispatch({ type: "phase", phase: "preview" }) : void send())}
          onNewCode={(typed) => {
            const accessCode = normalizeCode(typed);
            dispatch({ type: "setCode", accessCode });
            void send({ accessCode, refusal: null });
          }}
        />
      </>
    );
  }

  const index = Math.min(state.section, sections.length - 1);
  return (
    <>
      <ProgressBar step={index + 1} steps={steps} label={t("progress.section", { current: index + 1, total: sections.length })} t={t} />
      {note ? <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{note}</p> : null}
      {statusLine}
      <SectionStep
        t={t} section={sections[index]} answers={state.answers} issueOf={issueOf} last={index === sections.length - 1}
        onAnswer={(key, value) => dispatch({ type: "answer", key, value })}
        onBack={() => dispatch(index === 0 ? { type: "toStart" } : { type: "go", section: index - 1 })}
        onNext={() => {
          if (index === sections.length - 1) {
            setReviewed(true);
            dispatch({ type: "review" });
          } else dispatch({ type: "go", section: index + 1 });
        }}
      />
    </>
  );
}

function hasValue(value: AnswerValue | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : !!value && value.trim() !== "";
}
