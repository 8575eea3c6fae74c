import { describe, expect, it } from "vitest";
import { EMPTY, fromDraft, surveyReducer, toDraft, type SurveyAction, type SurveyState } from "@/components/survey/survey-state";

const run = (...actions: SurveyAction[]) => actions.reduce<SurveyState>(surveyReducer, EMPTY);
const started: SurveyAction = { type: "start", accessCode: "TRYME23456", responseId: "r-1", receiptCode: "R".repeat(24) };

describe("the officer's progress", () => {
  it("keeps nothing in the tab before starting and after sending", () => {
    expect(toDraft(EMPTY)).toBeNull();
    const sent = run(started, { type: "answer", key: "hours", value: "13" }, { type: "received" });
    expect(toDraft(sent)).toBeNull();
    expect(sent).toMatchObject({ stage: "done", receipt: "R".repeat(24), answers: {}, accessCode: "", responseId: "" });
  });

  it("survives a reload with the same response id, receipt code and answers", () => {
    const state = run(started, { type: "answer", key: "hours", value: "13" }, { type: "go", section: 2 });
    const restored = fromDraft(JSON.parse(JSON.stringify(toDraft(state))));
    expect(restored).toMatchObject({ stage: "answer", section: 2, responseId: "r-1", receiptCode: "R".repeat(24), answers: { hours: "13" } });
  });

  it("stays pending through trouble, so a reload sends again, and stops being pending when refused", () => {
    const offline = run(started, { type: "review" }, { type: "phase", phase: "sending" }, { type: "phase", phase: "offline" });
    expect(toDraft(offline)?.sendPending).toBe(true);
    expect(fromDraft(toDraft(offline)).phase).toBe("sending");
    const failed = surveyReducer(offline, { type: "phase", phase: "failed" });
    expect(failed.sendPending).toBe(true);
    const refused = surveyReducer(failed, { type: "refused", refusal: "code_used" });
    expect(refused).toMatchObject({ sendPending: false, refusal: "code_used", stage: "review" });
    expect(surveyReducer(refused, { type: "setCode", accessCode: "NEW" }).refusal).toBeNull();
  });

  it("forgets a server's verdict on an answer once it is changed", () => {
    const invalid = run(started, { type: "invalid", issues: [{ key: "hours", code: "required" }, { key: "pressure", code: "required" }] });
    expect(surveyReducer(invalid, { type: "answer", key: "hours", value: "9" }).serverIssues).toEqual([{ key: "pressure", code: "required" }]);
  });

  it("forks a duplicated tab's draft: its own response id and receipt code, same answers and code, no automatic resend", () => {
    const copy = run(started, { type: "answer", key: "hours", value: "13" }, { type: "review" }, { type: "phase", phase: "sending" });
    const forked = surveyReducer(copy, { type: "fork", responseId: "r-2", receiptCode: "S".repeat(24) });
    expect(forked).toMatchObject({ responseId: "r-2", receiptCode: "S".repeat(24), accessCode: "TRYME23456", answers: { hours: "13" }, stage: "review", sendPending: false, phase: "idle" });
    expect(toDraft(forked)).toMatchObject({ responseId: "r-2", receiptCode: "S".repeat(24) });
  });
});
