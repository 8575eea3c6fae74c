// The officer's progress through a questionnaire, as a pure reducer: the ONE state of the survey
// page. What the page shows (step, answers, the code field, sending, the receipt, the language,
// the connection) and what the tab keeps as a draft (`toDraft`, a part of it) all live here, so a
// step can be tested without a browser and the page has nothing else to keep in step.
import type { AnswerIssue } from "@/lib/surveys/answers";
import type { AnswerValue, Draft } from "@/components/survey/draft";
import type { SurveyLocale } from "@/components/survey/translate";

export type SendPhase = "idle" | "sending" | "retrying" | "offline" | "failed" | "refused" | "invalid" | "closed" | "preview";
export type Refusal = "code_used" | "code_not_valid" | "code_required";
export type CopyOutcome = "copied" | "selected";

export type SurveyState = {
  stage: "start" | "answer" | "review" | "done";
  section: number;
  responseId: string;
  receiptCode: string;
  accessCode: string;
  answers: Record<string, AnswerValue>;
  sendPending: boolean;
  phase: SendPhase;
  refusal: Refusal | null;
  serverIssues: AnswerIssue[];
  /** Shown once, on the thank-you screen; never kept in the tab's storage after sending. */
  receipt: string | null;
  // What lives only in the page, never in the tab's draft:
  locale: SurveyLocale;
  /** The start step's code field, and the code field offered after a refusal. */
  startCode: string;
  newCode: string;
  codeBusy: boolean;
  /** Message keys, so that a language switch translates them too. */
  codeError: string | null;
  note: string | null;
  /** Once the officer reached the last step, unanswered required questions are named everywhere. */
  reviewed: boolean;
  online: boolean;
  /** What Copy achieved: on plain HTTP without a clipboard the code may only be selected. */
  copied: CopyOutcome | null;
  /** Sent without a code at an open kiosk: the thank-you page offers to clear the station. */
  kioskDone: boolean;
};

export type SurveyAction =
  /** The page came up in a tab: its draft, the language kept in the tab, a code from the address. */
  | { type: "restore"; draft: Draft | null; locale: SurveyLocale; startCode: string; online: boolean }
  | { type: "start"; accessCode: string; responseId: string; receiptCode: string; note?: string | null }
  | { type: "answer"; key: string; value: AnswerValue }
  | { type: "go"; section: number }
  | { type: "review" }
  | { type: "toStart"; startCode?: string }
  | { type: "setCode"; accessCode: string }
  | { type: "newReceipt"; receiptCode: string }
  | { type: "fork"; responseId: string; receiptCode: string }
  | { type: "phase"; phase: "sending" | "retrying" | "offline" | "failed" | "closed" | "preview" }
  | { type: "refused"; refusal: Refusal }
  | { type: "invalid"; issues: AnswerIssue[] }
  | { type: "received"; kioskDone?: boolean }
  | { type: "locale"; locale: SurveyLocale }
  | { type: "typeCode"; field: "startCode" | "newCode"; value: string }
  | { type: "checking" }
  | { type: "codeRefused"; error: string }
  | { type: "connection"; online: boolean }
  | { type: "copied"; outcome: CopyOutcome }
  /** A kiosk's officer is done: nothing of them stays, the page speaks its first language again. */
  | { type: "finish"; locale: SurveyLocale };

const PAGE = { startCode: "", newCode: "", codeBusy: false, codeError: null, note: null, reviewed: false, online: true, copied: null, kioskDone: false } as const;

export const EMPTY: SurveyState = {
  stage: "start", section: 0, responseId: "", receiptCode: "", accessCode: "", answers: {},
  sendPending: false, phase: "idle", refusal: null, serverIssues: [], receipt: null,
  locale: "zh", ...PAGE,
};

/** The state the server renders and the browser hydrates: nothing of the tab is known yet. */
export function initialState(locale: SurveyLocale): SurveyState {
  return { ...EMPTY, locale };
}

export function fromDraft(draft: Draft | null): SurveyState {
  if (!draft) return EMPTY;
  return { ...EMPTY, ...draft, phase: draft.sendPending ? "sending" : "idle" };
}

/** What the tab keeps: nothing before the start and nothing after sending. */
export function toDraft(state: SurveyState): Draft | null {
  if (state.stage === "start" || state.stage === "done") return null;
  const { responseId, receiptCode, accessCode, answers, stage, section, sendPending } = state;
  return { v: 1, responseId, receiptCode, accessCode, answers, stage, section, sendPending };
}

export function surveyReducer(state: SurveyState, action: SurveyAction): SurveyState {
  switch (action.type) {
    case "restore": {
      const restored = fromDraft(action.draft);
      return { ...restored, locale: action.locale, online: action.online, startCode: restored.accessCode || action.startCode, reviewed: restored.stage === "review" };
    }
    case "start":
      // A draft already under way keeps its response id, receipt code and answers: only the code changes.
      if (state.responseId) return { ...state, accessCode: action.accessCode, refusal: null, stage: "answer", section: 0, codeBusy: false, note: action.note ?? null };
      return { ...EMPTY, locale: state.locale, online: state.online, stage: "answer", accessCode: action.accessCode, responseId: action.responseId, receiptCode: action.receiptCode, note: action.note ?? null };
    case "answer": {
      const answers = { ...state.answers, [action.key]: action.value };
      return { ...state, answers, serverIssues: state.serverIssues.filter((i) => i.key !== action.key) };
    }
    case "go":
      return { ...state, stage: "answer", section: action.section };
    case "review":
      return { ...state, stage: "review", reviewed: true };
    case "toStart":
      return { ...state, stage: "start", startCode: state.accessCode || (action.startCode ?? state.startCode) };
    case "setCode":
      return { ...state, accessCode: action.accessCode, refusal: null };
    case "newReceipt":
      return { ...state, receiptCode: action.receiptCode };
    case "fork":
      // This tab is a copy of another that holds the same draft: a response of its own, and no
      // automatic resend of what the other tab is sending already.
      return { ...state, responseId: action.responseId, receiptCode: action.receiptCode, sendPending: false, phase: "idle" };
    case "phase":
      return {
        ...state,
        phase: action.phase,
        // A send stays pending through transient trouble, so a reload sends it again.
        sendPending: action.phase === "sending" || action.phase === "retrying" || action.phase === "offline" || (action.phase === "failed" && state.sendPending),
        refusal: null,
      };
    case "refused":
      return { ...state, phase: "refused", refusal: action.refusal, sendPending: false, stage: "review" };
    case "invalid":
      return { ...state, phase: "invalid", serverIssues: action.issues, sendPending: false, stage: "review", reviewed: true };
    case "received":
      return { ...EMPTY, locale: state.locale, online: state.online, stage: "done", receipt: state.receiptCode, kioskDone: !!action.kioskDone };
    case "locale":
      return { ...state, locale: action.locale };
    case "typeCode":
      return action.field === "startCode" ? { ...state, startCode: action.value } : { ...state, newCode: action.value };
    case "checking":
      return { ...state, codeBusy: true, codeError: null, note: null };
    case "codeRefused":
      return { ...state, codeBusy: false, codeError: action.error };
    case "connection":
      return { ...state, online: action.online };
    case "copied":
      return { ...state, copied: action.outcome };
    case "finish":
      return { ...EMPTY, locale: action.locale, online: state.online };
  }
}
