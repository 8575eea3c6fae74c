/** @jsxImportSource preact */
// The officer's questionnaire page: the server renders it (lib/surveys/pages.ts) and the page's
// script hydrates the same component (client/main.tsx). Its state is the reducer's
// (survey-state.ts) in a store that also keeps the tab's draft; what happens beyond the state
// (sending, the code check) is survey-flow.ts. Here: the wiring to the browser, only once
// hydrated — the tab's draft and language, the address's code, history, focus, the connection.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { copyCode } from "@/components/survey/client/copy";
import { applyLanguage, chosenLanguage } from "@/components/survey/client/language";
import { anotherTabHolds } from "@/components/survey/client/twin-tabs";
import { clearDraft, clearSurveyStorage, loadDraft, saveDraft } from "@/components/survey/draft";
import { attemptSubmission, postJson } from "@/components/survey/send";
import { initialState, type SurveyState } from "@/components/survey/survey-state";
import { createStore, draftKeeper, surveyFlow, type SurveyPorts } from "@/components/survey/survey-flow";
import { SurveyView, type SurveyHandlers, type SurveyPageData } from "@/components/survey/view/survey";
import { formatCode, generateReceiptCode, newResponseId, normalizeCode, randomCode } from "@/lib/access-codes/format";

/** A code printed in a QR after `#` (never sent to a server): "#code=ABCDE-23456" or "#ABCDE23456". */
function codeFromHash(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1)).replace(/^code=/, "");
  } catch {
    return "";
  }
}

const stepOf = (state: SurveyState) => `${state.stage}:${state.section}`;

function browserPorts(slug: string): SurveyPorts {
  return {
    attempt: attemptSubmission,
    checkCode: (campaign, accessCode) => postJson("/api/survey/codes", { campaign, accessCode }, 10_000),
    online: () => navigator.onLine,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    clearDraft: () => clearDraft(slug),
    newResponseId,
    newReceiptCode: generateReceiptCode,
  };
}

export function SurveyPage({ data }: { data: SurveyPageData }) {
  const preview = data.mode === "preview";
  const slug = data.campaign.slug;
  const sections = data.view.sections;
  // Made once per page: `data` is the page's own and never changes.
  const [store] = useState(() => createStore(initialState(data.locale), preview ? undefined : draftKeeper((draft) => saveDraft(slug, draft), () => clearDraft(slug))));
  const [flow] = useState(() => surveyFlow(store, { slug, view: data.view, kioskOpen: data.campaign.kioskOpen, preview }, browserPorts(slug)));
  const [state, setState] = useState(store.get());
  const lastStepRef = useRef(stepOf(state));
  /** Set while moving to a step the browser's history went to: that move adds no entry. */
  const fromHistoryRef = useRef(false);
  /** The question to focus once its step shows (from the list of missing answers). */
  const focusKeyRef = useRef<string | null>(null);
  /** Focus to move once the page has been drawn (the element it goes to may be new). */
  const focusAfterRef = useRef<(() => void) | null>(null);
  const hashCodeRef = useRef("");

  // Once hydrated: what the tab holds and the address carries, and the browser's events.
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    hashCodeRef.current = preview ? "" : codeFromHash();
    const typedEarly = document.getElementById("access-code") as HTMLInputElement | null;
    const locale = chosenLanguage(data.locale);
    store.dispatch({ type: "restore", draft: preview ? null : loadDraft(slug), locale, startCode: hashCodeRef.current || typedEarly?.value || "", online: navigator.onLine });
    lastStepRef.current = stepOf(store.get());
    applyLanguage(locale, false);
    // The code came in the address's fragment: take it out of the address bar and history at once.
    // Each step is a history entry of its own (the address stays the same, without the code), so
    // the browser's and Android's Back go to the previous step instead of leaving the questionnaire.
    if (!preview) window.history.replaceState({ surveyStep: lastStepRef.current }, "", window.location.pathname + window.location.search);
    // A duplicated tab holds a copy of this draft: it becomes a response of its own.
    const ownDraft = preview
      ? Promise.resolve()
      : anotherTabHolds(`survey-draft:${slug}`, () => store.get().responseId, randomCode(12)).then((held) => {
          if (held && store.get().responseId) store.dispatch({ type: "fork", responseId: newResponseId(), receiptCode: generateReceiptCode() });
        });
    flow.settle(ownDraft);
    // A send that was under way when the tab reloaded: finish it (it cannot arrive twice).
    void ownDraft.then(() => {
      if (store.get().sendPending) void flow.send();
    });

    const connection = () => flow.connection(navigator.onLine);
    const popstate = (event: PopStateEvent) => {
      const step = (event.state as { surveyStep?: unknown } | null)?.surveyStep;
      const current = store.get();
      // After sending the thank-you page stays (its code is shown once); before starting there is
      // no draft to step through.
      if (preview || typeof step !== "string" || current.stage === "done") return;
      const [stage, section] = step.split(":");
      if (stage !== "start" && !current.responseId) return;
      fromHistoryRef.current = true;
      if (stage === "start") store.dispatch({ type: "toStart", startCode: hashCodeRef.current });
      else if (stage === "review") store.dispatch({ type: "review" });
      else if (stage === "answer") store.dispatch({ type: "go", section: Math.max(0, Math.min(Number(section) || 0, sections.length - 1)) });
      if (stepOf(store.get()) === lastStepRef.current) fromHistoryRef.current = false;
    };
    window.addEventListener("online", connection);
    window.addEventListener("offline", connection);
    window.addEventListener("popstate", popstate);
    return () => {
      unsubscribe();
      window.removeEventListener("online", connection);
      window.removeEventListener("offline", connection);
      window.removeEventListener("popstate", popstate);
    };
    // Once, when hydrated: everything it reads is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Moving to another step adds a history entry and puts the keyboard focus on its heading (or on
  // the question asked for).
  const step = stepOf(state);
  useLayoutEffect(() => {
    if (step === lastStepRef.current) return;
    lastStepRef.current = step;
    if (!preview && !fromHistoryRef.current) window.history.pushState({ surveyStep: step }, "");
    fromHistoryRef.current = false;
    const target = focusKeyRef.current ? document.getElementById(`q-${focusKeyRef.current}`) : null;
    focusKeyRef.current = null;
    const input = target?.matches("input, textarea") ? target : target?.querySelector<HTMLElement>("input");
    (input ?? document.querySelector<HTMLElement>("#app [data-step-heading]"))?.focus();
    if (!input) window.scrollTo(0, 0);
  }, [step, preview]);

  useLayoutEffect(() => {
    const move = focusAfterRef.current;
    focusAfterRef.current = null;
    move?.();
  });

  const on: SurveyHandlers = {
    language(locale) {
      applyLanguage(locale, true);
      store.dispatch({ type: "locale", locale });
    },
    code: (field, value) => store.dispatch({ type: "typeCode", field, value }),
    start: () => void flow.start(),
    answer: (key, value) => store.dispatch({ type: "answer", key, value }),
    clear(key) {
      store.dispatch({ type: "answer", key, value: "" });
      // The button is gone with the answer: the keyboard goes back to the question's options.
      focusAfterRef.current = () => document.getElementById(`q-${key}`)?.querySelector<HTMLElement>("input")?.focus();
    },
    next() {
      const index = Math.min(store.get().section, sections.length - 1);
      store.dispatch(index === sections.length - 1 ? { type: "review" } : { type: "go", section: index + 1 });
    },
    back() {
      const index = Math.min(store.get().section, sections.length - 1);
      store.dispatch(index === 0 ? { type: "toStart", startCode: hashCodeRef.current } : { type: "go", section: index - 1 });
    },
    reviewBack: () => store.dispatch({ type: "go", section: sections.length - 1 }),
    goto(key, section) {
      focusKeyRef.current = key;
      store.dispatch({ type: "go", section });
    },
    send: () => (preview ? store.dispatch({ type: "phase", phase: "preview" }) : void flow.send()),
    useNewCode() {
      const accessCode = normalizeCode(store.get().newCode);
      store.dispatch({ type: "setCode", accessCode });
      void flow.send({ accessCode, refusal: null });
    },
    copy() {
      const shown = formatCode(store.get().receipt ?? "", 4);
      void copyCode(document.getElementById("receipt-code"), shown).then((outcome) => store.dispatch({ type: "copied", outcome }));
    },
    print: () => window.print(),
    finish() {
      // A kiosk's officer is done: back to the start with nothing of them left in the page or the tab.
      clearSurveyStorage(slug);
      window.getSelection()?.removeAllRanges();
      applyLanguage(data.locale, false);
      store.dispatch({ type: "finish", locale: data.locale });
    },
  };

  return <SurveyView data={data} state={state} on={on} />;
}
