import { describe, expect, it, vi } from "vitest";
import { anotherTabHolds } from "@/components/survey/client/twin-tabs";
import type { Draft } from "@/components/survey/draft";
import type { AttemptOutcome, Payload } from "@/components/survey/send";
import { initialState, surveyReducer, type SurveyState } from "@/components/survey/survey-state";
import { createStore, draftKeeper, RETRY_DELAYS_MS, surveyFlow, type SurveyPorts } from "@/components/survey/survey-flow";
import type { QuestionnaireView } from "@/lib/surveys/structure";

// The officer page's flows without a browser: the tab's sessionStorage is a Map, the network a
// list of planned answers, the connection a flag, and tabs BroadcastChannels (Node has them).
const view: QuestionnaireView = {
  versionId: "v", campaignId: "c", title: "Q", intro: "", language: "en", status: "PUBLISHED",
  sections: [{ id: "s", title: "S", questions: [{ id: "hours", key: "hours", type: "NUMBER", prompt: "Hours", help: "", required: true, aspectCode: null, profileField: null, numberUnit: null, minValue: 0, maxValue: 24, options: [] }] }],
};
let ids = 0;

function harness(options: { outcomes?: AttemptOutcome[]; online?: boolean; kioskOpen?: boolean; initial?: SurveyState; code?: { status: number; body: unknown } } = {}) {
  const tab = new Map<string, Draft>();
  const sent: Payload[] = [];
  const slept: number[] = [];
  const outcomes = [...(options.outcomes ?? [{ kind: "received" }])];
  let online = options.online ?? true;
  const ports: SurveyPorts = {
    attempt: async (payload) => {
      sent.push(payload);
      return outcomes.shift() ?? { kind: "received" };
    },
    checkCode: vi.fn(async () => options.code ?? { status: 200, body: { status: "valid" } }),
    online: () => online,
    sleep: async (ms) => void slept.push(ms),
    clearDraft: () => tab.delete("draft"),
    newResponseId: () => `response-${++ids}`,
    newReceiptCode: () => `RECEIPT${++ids}`.padEnd(24, "X"),
  };
  const store = createStore(options.initial ?? initialState("en"), draftKeeper((draft) => tab.set("draft", draft), () => tab.delete("draft")));
  const phases: string[] = [];
  store.subscribe((s) => phases.push(s.phase));
  const flow = surveyFlow(store, { slug: "c", view, kioskOpen: !!options.kioskOpen, preview: false }, ports);
  return { store, flow, tab, sent, slept, phases, ports, goOnline: () => (online = true) };
}

async function answered(h: ReturnType<typeof harness>) {
  h.store.dispatch({ type: "typeCode", field: "startCode", value: "tryme-23456" });
  await h.flow.start();
  h.store.dispatch({ type: "answer", key: "hours", value: "12" });
  h.store.dispatch({ type: "review" });
}

describe("the officer's draft in the tab", () => {
  it("is kept while answering and restored after a reload: same response id, receipt code, answers and step", async () => {
    const first = harness();
    await answered(first);
    const draft = first.tab.get("draft")!;
    expect(draft).toMatchObject({ accessCode: "TRYME23456", answers: { hours: "12" }, stage: "review" });

    const reloaded = harness();
    reloaded.store.dispatch({ type: "restore", draft: JSON.parse(JSON.stringify(draft)), locale: "zh", startCode: "", online: true });
    expect(reloaded.store.get()).toMatchObject({
      stage: "review", reviewed: true, responseId: draft.responseId, receiptCode: draft.receiptCode, answers: { hours: "12" }, startCode: "TRYME23456", locale: "zh", phase: "idle",
    });
  });

  it("without a draft, starts from the code in the address or the one typed before the script ran", () => {
    const h = harness();
    h.store.dispatch({ type: "restore", draft: null, locale: "en", startCode: "ABCDE-23456", online: false });
    expect(h.store.get()).toMatchObject({ stage: "start", startCode: "ABCDE-23456", online: false, responseId: "" });
    expect(h.tab.size).toBe(0);
  });

  it("after a reload in the middle of sending, is still pending and is sent again (same response id)", async () => {
    const first = harness({ online: false });
    await answered(first);
    await first.flow.send();
    const draft = first.tab.get("draft")!;
    expect(draft.sendPending).toBe(true);

    const reloaded = harness();
    reloaded.store.dispatch({ type: "restore", draft, locale: "en", startCode: "", online: true });
    expect(reloaded.store.get().sendPending).toBe(true);
    await reloaded.flow.send();
    expect(reloaded.sent.map((p) => p.responseId)).toEqual([draft.responseId]);
    expect(reloaded.store.get().stage).toBe("done");
    expect(reloaded.tab.size).toBe(0);
  });
});

describe("a duplicated tab", () => {
  it("becomes a response of its own before it can send anything", async () => {
    const original = harness();
    await answered(original);
    const draft = original.tab.get("draft")!;
    const channel = `survey-draft:flow-${Date.now()}`;
    await anotherTabHolds(channel, () => original.store.get().responseId, "original");

    const copy = harness();
    copy.store.dispatch({ type: "restore", draft, locale: "en", startCode: "", online: true });
    copy.flow.settle(
      anotherTabHolds(channel, () => copy.store.get().responseId, "copy").then((held) => {
        if (held) copy.store.dispatch({ type: "fork", responseId: "forked", receiptCode: "F".repeat(24) });
      }),
    );
    await copy.flow.send(); // pressed at once: waits for the answer from the other tab
    expect(copy.sent.map((p) => [p.responseId, p.receiptCode])).toEqual([["forked", "F".repeat(24)]]);
    expect(copy.sent[0].accessCode).toBe(draft.accessCode);
    expect(original.store.get().responseId).toBe(draft.responseId);
  });
});

describe("sending", () => {
  it("offline: says so, keeps the answers pending in the tab, sends nothing, and sends once the connection returns", async () => {
    const h = harness({ online: false });
    await answered(h);
    await h.flow.send();
    expect(h.sent).toEqual([]);
    expect(h.store.get()).toMatchObject({ phase: "offline", sendPending: true, stage: "review" });
    expect(h.tab.get("draft")?.answers).toEqual({ hours: "12" });

    h.goOnline();
    h.flow.connection(true);
    await vi.waitFor(() => expect(h.store.get().stage).toBe("done"));
    expect(h.sent).toHaveLength(1);
    expect(h.tab.size).toBe(0);
  });

  it("retries transient trouble with the same response id, waiting longer each time, then is received", async () => {
    const h = harness({ outcomes: [{ kind: "transient" }, { kind: "transient" }, { kind: "received" }] });
    await answered(h);
    await h.flow.send();
    expect(h.phases.slice(-4)).toEqual(["sending", "retrying", "retrying", "idle"]);
    expect(h.slept).toEqual(RETRY_DELAYS_MS.slice(0, 2));
    expect(new Set(h.sent.map((p) => p.responseId)).size).toBe(1);
    expect(h.store.get()).toMatchObject({ stage: "done", receipt: h.sent[0].receiptCode });
  });

  it("gives up after its retries with the answers kept and still pending, and a second press tries again", async () => {
    const h = harness({ outcomes: Array(RETRY_DELAYS_MS.length + 1).fill({ kind: "transient" }) });
    await answered(h);
    await h.flow.send();
    expect(h.sent).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(h.store.get()).toMatchObject({ phase: "failed", sendPending: true, stage: "review" });
    expect(h.tab.get("draft")?.sendPending).toBe(true);
    await h.flow.send();
    expect(h.store.get().stage).toBe("done");
  });

  it("takes a new receipt code when the server has the first one already, and sends again", async () => {
    const h = harness({ outcomes: [{ kind: "receipt_taken" }, { kind: "received" }] });
    await answered(h);
    await h.flow.send();
    expect(h.sent[0].receiptCode).not.toBe(h.sent[1].receiptCode);
    expect(h.store.get()).toMatchObject({ stage: "done", receipt: h.sent[1].receiptCode });
  });

  it("stops, without retrying, on an answer the server refused, and names it", async () => {
    const h = harness({ outcomes: [{ kind: "invalid", issues: [{ key: "hours", code: "bad_characters" }] }] });
    await answered(h);
    await h.flow.send();
    expect(h.sent).toHaveLength(1);
    expect(h.store.get()).toMatchObject({ phase: "invalid", stage: "review", sendPending: false, serverIssues: [{ key: "hours", code: "bad_characters" }] });
    // Changing that answer clears the verdict.
    h.store.dispatch({ type: "answer", key: "hours", value: "13" });
    expect(h.store.get().serverIssues).toEqual([]);
  });

  it("asks for a new code when the code was used, and sends with it", async () => {
    const h = harness({ outcomes: [{ kind: "refused", refusal: "code_used" }, { kind: "received" }] });
    await answered(h);
    await h.flow.send();
    expect(h.store.get()).toMatchObject({ phase: "refused", refusal: "code_used" });
    h.store.dispatch({ type: "setCode", accessCode: "NEWCD23456" });
    await h.flow.send({ accessCode: "NEWCD23456", refusal: null });
    expect(h.sent[1].accessCode).toBe("NEWCD23456");
    expect(h.store.get().stage).toBe("done");
  });

  it("at an open kiosk without a code, offers to clear the station afterwards", async () => {
    const h = harness({ kioskOpen: true });
    await h.flow.start();
    expect(h.ports.checkCode).not.toHaveBeenCalled();
    h.store.dispatch({ type: "answer", key: "hours", value: "3" });
    await h.flow.send();
    expect(h.sent[0].accessCode).toBeUndefined();
    expect(h.store.get()).toMatchObject({ stage: "done", kioskDone: true });
    h.store.dispatch({ type: "finish", locale: "zh" });
    expect(h.store.get()).toMatchObject({ stage: "start", receipt: null, locale: "zh", kioskDone: false });
  });
});

describe("the start code", () => {
  it("is refused when malformed, without asking the server", async () => {
    const h = harness();
    h.store.dispatch({ type: "typeCode", field: "startCode", value: "12345" });
    await h.flow.start();
    expect(h.store.get()).toMatchObject({ stage: "start", codeError: "code.malformed", codeBusy: false });
    expect(h.ports.checkCode).not.toHaveBeenCalled();
  });

  it("is refused when used, and lets the officer start unchecked when the server cannot be reached", async () => {
    const used = harness({ code: { status: 200, body: { status: "used" } } });
    used.store.dispatch({ type: "typeCode", field: "startCode", value: "TRYME-23456" });
    await used.flow.start();
    expect(used.store.get()).toMatchObject({ stage: "start", codeError: "code.code_used" });
    const away = harness({ code: { status: 0, body: null } });
    away.store.dispatch({ type: "typeCode", field: "startCode", value: "TRYME-23456" });
    await away.flow.start();
    expect(away.store.get()).toMatchObject({ stage: "answer", note: "code.unchecked", accessCode: "TRYME23456" });
  });

  it("says the questionnaire is closed when the campaign closed after the page loaded (410), not that the code is wrong", async () => {
    const h = harness({ code: { status: 410, body: { error: "campaign_closed", message: "closed" } } });
    h.store.dispatch({ type: "typeCode", field: "startCode", value: "TRYME-23456" });
    await h.flow.start();
    expect(h.store.get()).toMatchObject({ stage: "start", codeError: "code.campaign_closed", codeBusy: false });
  });

  it("keeps a draft under way when the officer goes back to the start and on again", async () => {
    const h = harness();
    await answered(h);
    const { responseId } = h.store.get();
    h.store.dispatch({ type: "toStart" });
    await h.flow.start();
    expect(h.store.get()).toMatchObject({ stage: "answer", section: 0, responseId, answers: { hours: "12" } });
  });
});

it("the reducer's page fields never reach the tab's draft", async () => {
  const h = harness();
  await answered(h);
  h.store.dispatch({ type: "copied", outcome: "copied" });
  expect(Object.keys(h.tab.get("draft")!).sort()).toEqual(["accessCode", "answers", "receiptCode", "responseId", "section", "sendPending", "stage", "v"]);
  expect(surveyReducer(h.store.get(), { type: "received" }).stage).toBe("done");
});
