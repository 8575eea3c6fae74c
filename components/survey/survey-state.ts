// The officer's progress through a questionnaire, as a pure reducer: what the page shows, what the
// tab keeps as a draft, and how a submission attempt moves along. Tested without a browser.
import type { AnswerIssue } from "@/lib/surveys/answers";
import type { AnswerValue, Draft } from "@/components/survey/draft";

export type SendPhase = "idle" | "sending" | "retrying" | "offline" | "failed" | "refused" | "invalid" | "closed" | "preview";
export type Refusal = "code_used" | "code_not_valid" | "code_required";

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
};

export type SurveyAction =
  | { type: "start"; accessCode: string; responseId: string; receiptCode: string }
  | { type: "answer"; key: string; value: AnswerValue }
  | { type: "go"; section: number }
  | { type: "review" }
  | { type: "toStart" }
  | { type: "setCode"; accessCode: string }
  | { type: "newReceipt"; receiptCode: string }
  | { type: "fork"; responseId: string; receiptCode: string }
  | { type: "phase"; phase: "sending" | "retrying" | "offline" | "failed" | "closed" | "preview" }
  | { type: "refused"; refusal: Refusal }
  | { type: "invalid"; issues: AnswerIssue[] }
  | { type: "received" };

export const EMPTY: SurveyState = {
  stage: "start", section: 0, responseId: "", receiptCode: "", accessCode: "", answers: {},
  sendPending: false, phase: "idle", refusal: null, serverIssues: [], receipt: null,
};

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
    case "start":
      return { ...EMPTY, stage: "answer", accessCode: action.accessCode, responseId: action.responseId, receiptCode: action.receiptCode };
    case "answer": {
      const answers = { ...state.answers, [action.key]: action.value };
      return { ...state, answers, serverIssues: state.serverIssues.filter((i) => i.key !== action.key) };
    }
    case "go":
      return { ...state, stage: "answer", section: action.section };
    case "review":
      return { ...state, stage: "review" };
    case "toStart":
      return { ...state, stage: "start" };
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
      return { ...state, phase: "invalid", serverIssues: action.issues, sendPending: false, stage: "review" };
    case "received":
      return { ...EMPTY, stage: "done", receipt: state.receiptCode };
  }
}
