// The officer's questionnaire in the browser: the draft in the tab, the code check, the steps,
// sending with retries, and the receipt. State changes go through the pure reducer
// (components/survey/survey-state.ts); every change re-renders with renderSurvey and morphs the
// page into it.
import { applyLanguage, chosenLanguage, isLocale } from "@/components/survey/client/language";
import { copyCode } from "@/components/survey/client/copy";
import { morph } from "@/components/survey/client/morph";
import { anotherTabHolds } from "@/components/survey/client/twin-tabs";
import { clearDraft, clearSurveyStorage, loadDraft, saveDraft, type AnswerValue } from "@/components/survey/draft";
import { attemptSubmission, postJson } from "@/components/survey/send";
import { EMPTY, fromDraft, surveyReducer, toDraft, type SurveyAction, type SurveyState } from "@/components/survey/survey-state";
import { INITIAL_UI, knownAnswers, renderSurvey, type SurveyModel, type SurveyPageData } from "@/components/survey/view/survey";
import { ACCESS_CODE_LENGTH, formatCode, generateReceiptCode, isWellFormed, newResponseId, normalizeCode, randomCode } from "@/lib/surveys/codes";

const RETRY_DELAYS_MS = [1500, 4000, 10_000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A code printed in a QR after `#` (never sent to a server): "#code=ABCDE-23456" or "#ABCDE23456". */
function codeFromHash(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1)).replace(/^code=/, "");
  } catch {
    return "";
  }
}

const stepOf = (state: SurveyState) => `${state.stage}:${state.section}`;

export function startSurveyPage(root: HTMLElement, data: SurveyPageData): void {
  const preview = data.mode === "preview";
  const slug = data.campaign.slug;
  const sections = data.view.sections;
  const hashCode = preview ? "" : codeFromHash();
  const state = preview ? EMPTY : fromDraft(loadDraft(slug));
  // The code came in the address's fragment: take it out of the address bar and history at once.
  // Each step is a history entry of its own (the address stays the same, without the code), so the
  // browser's and Android's Back go to the previous step instead of leaving the questionnaire.
  if (!preview) window.history.replaceState({ surveyStep: stepOf(state) }, "", window.location.pathname + window.location.search);
  const typedEarly = root.querySelector<HTMLInputElement>("#access-code")?.value ?? "";
  const model: SurveyModel = {
    data,
    locale: chosenLanguage(data.locale),
    state,
    ui: { ...INITIAL_UI, startCode: state.accessCode || hashCode || typedEarly, reviewed: state.stage === "review", online: navigator.onLine },
  };
  let lastStep = stepOf(state);
  /** Set while moving to a step the browser's history went to: that move adds no entry. */
  let fromHistory = false;
  let focusKey: string | null = null;
  let sending = false;
  // A duplicated tab holds a copy of this draft: it becomes a response of its own.
  const ownDraft = preview
    ? Promise.resolve()
    : anotherTabHolds(`survey-draft:${slug}`, () => model.state.responseId, randomCode(12)).then((held) => {
        if (held && model.state.responseId) dispatch({ type: "fork", responseId: newResponseId(), receiptCode: generateReceiptCode() });
      });

  function render() {
    morph(root, renderSurvey(model).value);
    const step = stepOf(model.state);
    if (step === lastStep) return;
    // Moving to another step puts the keyboard focus on its heading (or on the question asked for).
    lastStep = step;
    if (!preview && !fromHistory) window.history.pushState({ surveyStep: step }, "");
    const target = focusKey ? document.getElementById(`q-${focusKey}`) : null;
    focusKey = null;
    const input = target?.matches("input, textarea") ? target : target?.querySelector<HTMLElement>("input");
    (input ?? root.querySelector<HTMLElement>("[data-step-heading]"))?.focus();
    if (!input) window.scrollTo(0, 0);
  }

  function dispatch(action: SurveyAction) {
    model.state = surveyReducer(model.state, action);
    if (!preview) {
      const draft = toDraft(model.state);
      if (draft) saveDraft(slug, draft);
      else if (model.state.stage === "done") clearDraft(slug);
    }
    render();
  }

  function setUi(patch: Partial<SurveyModel["ui"]>) {
    model.ui = { ...model.ui, ...patch };
    render();
  }

  async function send(override: Partial<SurveyState> = {}) {
    if (sending) return;
    sending = true;
    await ownDraft; // never send under another tab's response id
    let current = { ...model.state, ...override };
    dispatch({ type: "phase", phase: "sending" });
    for (let attempt = 0; ; attempt++) {
      if (!navigator.onLine) {
        dispatch({ type: "phase", phase: "offline" }); // resumed by the "online" event
        break;
      }
      const outcome = await attemptSubmission({
        campaign: slug, responseId: current.responseId, accessCode: current.accessCode || undefined,
        receiptCode: current.receiptCode, answers: knownAnswers(data.view, current.answers),
      });
      if (outcome.kind === "received") {
        clearDraft(slug);
        model.ui = { ...model.ui, kioskDone: data.campaign.kioskOpen && !current.accessCode };
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
    sending = false;
  }

  function begin(code: string) {
    if (model.state.responseId) {
      dispatch({ type: "setCode", accessCode: code });
      dispatch({ type: "go", section: 0 });
    } else {
      // The response id and the receipt code are made before the first attempt and kept for retries.
      dispatch({ type: "start", accessCode: code, responseId: newResponseId(), receiptCode: generateReceiptCode() });
    }
  }

  async function start() {
    if (model.ui.codeBusy) return;
    const code = normalizeCode(model.ui.startCode);
    model.ui = { ...model.ui, codeError: null, note: null };
    if (preview || (data.campaign.kioskOpen && !code)) return begin("");
    if (!isWellFormed(code, ACCESS_CODE_LENGTH)) return setUi({ codeError: "code.malformed" });
    setUi({ codeBusy: true });
    const { status, body } = await postJson("/api/survey/codes", { campaign: slug, accessCode: code }, 10_000);
    model.ui = { ...model.ui, codeBusy: false };
    const answer = (body as { status?: string } | null)?.status;
    if (status === 200 && answer === "valid") return begin(code);
    if (status === 0 || status >= 500) {
      model.ui = { ...model.ui, note: "code.unchecked" };
      return begin(code);
    }
    setUi({ codeError: answer === "used" ? "code.code_used" : "code.code_not_valid" });
  }

  function answer(key: string, value: AnswerValue) {
    dispatch({ type: "answer", key, value });
  }

  async function copyReceipt() {
    const shown = formatCode(model.state.receipt ?? "", 4);
    setUi({ copied: await copyCode(root.querySelector("#receipt-code"), shown) });
  }

  /** A kiosk's officer is done: back to the start with nothing of them left in the page or the tab. */
  function finish() {
    clearSurveyStorage(slug);
    window.getSelection()?.removeAllRanges();
    model.state = EMPTY;
    model.locale = data.locale;
    model.ui = { ...INITIAL_UI, online: navigator.onLine };
    applyLanguage(model.locale, false);
    render();
  }

  root.addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (form.id === "start-form") void start();
    else if (form.id === "section-form") {
      const index = Math.min(model.state.section, sections.length - 1);
      if (index === sections.length - 1) {
        model.ui = { ...model.ui, reviewed: true };
        dispatch({ type: "review" });
      } else dispatch({ type: "go", section: index + 1 });
    } else if (form.id === "new-code-form") {
      const accessCode = normalizeCode(model.ui.newCode);
      dispatch({ type: "setCode", accessCode });
      void send({ accessCode, refusal: null });
    }
  });

  // Typing changes the answer at once (and the tab's draft); the field itself is left alone.
  root.addEventListener("input", (event) => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.id === "access-code") model.ui.startCode = field.value;
    else if (field.id === "new-code") model.ui.newCode = field.value;
    else if (field.dataset.answer && (field.tagName === "TEXTAREA" || field.type === "text")) answer(field.dataset.answer, field.value);
  });

  root.addEventListener("change", (event) => {
    const field = event.target as HTMLInputElement;
    const key = field.dataset.answer;
    if (!key) return;
    if (field.type === "radio" && field.checked) answer(key, field.value);
    else if (field.type === "checkbox") {
      const value = model.state.answers[key];
      const chosen = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
      answer(key, field.checked ? [...chosen.filter((c) => c !== field.value), field.value] : chosen.filter((c) => c !== field.value));
    }
  });

  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (!button || !root.contains(button)) return;
    const index = Math.min(model.state.section, sections.length - 1);
    switch (button.dataset.action) {
      case "language":
        if (isLocale(button.dataset.locale)) {
          model.locale = button.dataset.locale;
          applyLanguage(model.locale, true);
          render();
        }
        break;
      case "back":
        if (index === 0) model.ui = { ...model.ui, startCode: model.state.accessCode || hashCode };
        dispatch(index === 0 ? { type: "toStart" } : { type: "go", section: index - 1 });
        break;
      case "review-back":
        dispatch({ type: "go", section: sections.length - 1 });
        break;
      case "goto":
        focusKey = button.dataset.key ?? null;
        dispatch({ type: "go", section: Number(button.dataset.section) });
        break;
      case "send":
        if (preview) dispatch({ type: "phase", phase: "preview" });
        else void send();
        break;
      case "clear":
        if (button.dataset.key) {
          answer(button.dataset.key, "");
          // The button is gone with the answer: the keyboard goes back to the question's options.
          document.getElementById(`q-${button.dataset.key}`)?.querySelector<HTMLElement>("input")?.focus();
        }
        break;
      case "copy":
        void copyReceipt();
        break;
      case "print":
        window.print();
        break;
      case "finish":
        finish();
        break;
    }
  });

  window.addEventListener("popstate", (event) => {
    const step = (event.state as { surveyStep?: unknown } | null)?.surveyStep;
    // After sending the thank-you page stays (its code is shown once); before starting there is no
    // draft to step through.
    if (preview || typeof step !== "string" || model.state.stage === "done") return;
    const [stage, section] = step.split(":");
    fromHistory = true;
    try {
      if (stage === "start") {
        model.ui = { ...model.ui, startCode: model.state.accessCode || hashCode };
        dispatch({ type: "toStart" });
      } else if (!model.state.responseId) {
        return;
      } else if (stage === "review") {
        model.ui = { ...model.ui, reviewed: true };
        dispatch({ type: "review" });
      } else if (stage === "answer") {
        dispatch({ type: "go", section: Math.max(0, Math.min(Number(section) || 0, sections.length - 1)) });
      }
    } finally {
      fromHistory = false;
    }
  });

  const connection = () => {
    setUi({ online: navigator.onLine });
    if (navigator.onLine && model.state.phase === "offline") void send();
  };
  window.addEventListener("online", connection);
  window.addEventListener("offline", connection);

  applyLanguage(model.locale, false);
  render();
  // A send that was under way when the tab reloaded: finish it (it cannot arrive twice).
  void ownDraft.then(() => {
    if (model.state.sendPending) void send();
  });
}
