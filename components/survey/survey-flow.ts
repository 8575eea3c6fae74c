// What the officer's page does beyond showing its state: keeping the draft in the tab, checking
// the start code, sending with retries, going offline and back. Plain functions over a store of
// the one state (survey-state.ts) and a few ports to the outside world, so every flow runs in a
// unit test without a browser (survey-flow.test.ts); SurveyPage.tsx wires them to the page.
import type { Draft } from "@/components/survey/draft";
import type { AttemptOutcome, Payload } from "@/components/survey/send";
import { surveyReducer, toDraft, type SurveyAction, type SurveyState } from "@/components/survey/survey-state";
import { knownAnswers } from "@/components/survey/view/survey";
import { ACCESS_CODE_LENGTH, isWellFormed, normalizeCode } from "@/lib/access-codes/format";
import type { QuestionnaireView } from "@/lib/surveys/structure";

export type Store = {
  get(): SurveyState;
  dispatch(action: SurveyAction): void;
  /** Called after every change; returns the unsubscribe. */
  subscribe(listener: (state: SurveyState) => void): () => void;
};

/** The one state, and where each change goes: the page's render and (live pages) the tab's draft. */
export function createStore(initial: SurveyState, persist?: (state: SurveyState) => void): Store {
  let state = initial;
  const listeners: ((state: SurveyState) => void)[] = [];
  return {
    get: () => state,
    dispatch(action) {
      state = surveyReducer(state, action);
      if (persist) persist(state);
      for (const listener of listeners.slice()) listener(state);
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
  };
}

/** Keeps the draft in the tab while answering and wipes it once sent. */
export function draftKeeper(save: (draft: Draft) => void, clear: () => void): (state: SurveyState) => void {
  return (state) => {
    const draft = toDraft(state);
    if (draft) save(draft);
    else if (state.stage === "done") clear();
  };
}

export type SurveyPorts = {
  attempt: (payload: Payload) => Promise<AttemptOutcome>;
  checkCode: (campaign: string, accessCode: string) => Promise<{ status: number; body: unknown }>;
  online: () => boolean;
  sleep: (ms: number) => Promise<void>;
  clearDraft: () => void;
  newResponseId: () => string;
  newReceiptCode: () => string;
};

export type SurveyContext = { slug: string; view: QuestionnaireView; kioskOpen: boolean; preview: boolean };

export const RETRY_DELAYS_MS = [1500, 4000, 10_000];

export type SurveyFlow = {
  /** Sends the answers, retrying transient trouble with the same response id. */
  send(override?: Partial<SurveyState>): Promise<void>;
  /** Start: check the code (or not, at an open kiosk or in preview) and go to the first section. */
  start(): Promise<void>;
  /** The browser went on- or offline: a send waiting for the connection goes now. */
  connection(online: boolean): void;
  /** Until this settles the tab may turn out to be a copy of another: nothing is sent before. */
  settle(ownDraft: Promise<unknown>): void;
};

export function surveyFlow(store: Store, context: SurveyContext, ports: SurveyPorts): SurveyFlow {
  let sending = false;
  let ownDraft: Promise<unknown> = Promise.resolve();

  async function send(override: Partial<SurveyState> = {}) {
    if (sending) return;
    sending = true;
    try {
      await ownDraft; // never send under another tab's response id
      let current = { ...store.get(), ...override };
      store.dispatch({ type: "phase", phase: "sending" });
      for (let attempt = 0; ; attempt++) {
        if (!ports.online()) {
          store.dispatch({ type: "phase", phase: "offline" }); // resumed by `connection`
          return;
        }
        const outcome = await ports.attempt({
          campaign: context.slug, responseId: current.responseId, accessCode: current.accessCode || undefined,
          receiptCode: current.receiptCode, answers: knownAnswers(context.view, current.answers),
        });
        if (outcome.kind === "received") {
          ports.clearDraft();
          store.dispatch({ type: "received", kioskDone: context.kioskOpen && !current.accessCode });
        } else if (outcome.kind === "receipt_taken") {
          current = { ...current, receiptCode: ports.newReceiptCode() };
          store.dispatch({ type: "newReceipt", receiptCode: current.receiptCode });
          continue;
        } else if (outcome.kind === "transient" && attempt < RETRY_DELAYS_MS.length) {
          store.dispatch({ type: "phase", phase: "retrying" });
          await ports.sleep(RETRY_DELAYS_MS[attempt]);
          continue;
        } else if (outcome.kind === "transient" || outcome.kind === "failed") {
          store.dispatch({ type: "phase", phase: "failed" });
        } else if (outcome.kind === "refused") {
          store.dispatch({ type: "refused", refusal: outcome.refusal });
        } else if (outcome.kind === "invalid") {
          // The server names the answers it refused: the page shows which, and sends nothing again.
          store.dispatch({ type: "invalid", issues: outcome.issues });
        } else {
          store.dispatch({ type: "phase", phase: "closed" });
        }
        return;
      }
    } finally {
      sending = false;
    }
  }

  function begin(accessCode: string, note: string | null = null) {
    // The response id and the receipt code are made before the first attempt and kept for retries.
    store.dispatch({ type: "start", accessCode, responseId: ports.newResponseId(), receiptCode: ports.newReceiptCode(), note });
  }

  async function start() {
    const state = store.get();
    if (state.codeBusy) return;
    const code = normalizeCode(state.startCode);
    if (context.preview || (context.kioskOpen && !code)) return begin("");
    if (!isWellFormed(code, ACCESS_CODE_LENGTH)) return store.dispatch({ type: "codeRefused", error: "code.malformed" });
    store.dispatch({ type: "checking" });
    const { status, body } = await ports.checkCode(context.slug, code);
    const answer = (body as { status?: string } | null)?.status;
    if (status === 200 && answer === "valid") return begin(code);
    // No answer: start anyway, the code is checked again when the answers are sent.
    if (status === 0 || status >= 500) return begin(code, "code.unchecked");
    // The campaign closed after the page was loaded: say so, rather than blame the slip's code.
    if (status === 410) return store.dispatch({ type: "codeRefused", error: "code.campaign_closed" });
    store.dispatch({ type: "codeRefused", error: answer === "used" ? "code.code_used" : "code.code_not_valid" });
  }

  return {
    send,
    start,
    connection(online) {
      store.dispatch({ type: "connection", online });
      if (online && store.get().phase === "offline") void send();
    },
    settle(promise) {
      ownDraft = promise;
    },
  };
}
