import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { makeTranslate } from "@/components/survey/translate";
import { FollowUpList } from "@/components/survey/view/follow-up";
import { ProblemItem } from "@/components/survey/view/receipt-result";
import enReceipt from "@/messages/en/receipt.json";
import zhReceipt from "@/messages/zh/receipt.json";
import type { PublishedFollowUp } from "@/lib/problems/published";
import type { ReceiptView } from "@/lib/surveys/receipts";

// "You said, we did" as the server renders it: the public list in the reader's language, and
// the verdict form only on a receipt's problem that is under way or resolved.
const en = makeTranslate(enReceipt, "en");
const zh = makeTranslate(zhReceipt, "zh");
const update = { body: "Back pay approved.", bodyZh: "补发已批准。", on: "2026-11-20" };
const data = {
  campaign: { slug: "warning-project", name: "Warning Project", nameZh: "警心工程" },
  problems: [{
    id: "p1", title: "Unpaid overtime", titleZh: "加班无补偿", description: "", descriptionZh: "", category: "rights", status: "IN_PROGRESS",
    statusReason: "", escalatedTo: "", aspectCode: "A2",
    actions: [{ number: 16, title: "Enforce rest", titleZh: "落实休息", status: "DONE", dueOn: "", updates: [update] }],
  }],
} as PublishedFollowUp;

describe("the public follow-up page", () => {
  it("lists published problems and updates in the reader's language", () => {
    const english = renderToString(h(FollowUpList, { data, locale: "en", t: en }));
    expect(english).toContain("You said, we did");
    expect(english).toContain("Unpaid overtime");
    expect(english).toContain("Back pay approved.");
    const chinese = renderToString(h(FollowUpList, { data, locale: "zh", t: zh }));
    expect(chinese).toContain("加班无补偿");
    expect(chinese).toContain("补发已批准。");
    expect(chinese).not.toContain("Back pay approved.");
  });
});

describe("a receipt's problem", () => {
  const problem = {
    id: "p1", title: "Unpaid overtime", titleZh: "加班无补偿", category: "rights", aspectCode: "A2", aspectEn: "Rest", aspectZh: "休息",
    status: "IN_PROGRESS", verdictOpen: true, myVerdict: null, actions: data.problems[0].actions,
  } as ReceiptView["problems"][number];
  const send = async () => 200;

  it("asks for a verdict when the problem is under way, and says a given one can be changed", () => {
    const open = renderToString(h(ProblemItem, { problem, locale: "en", t: en, onVerdict: send }));
    expect(open).toContain('data-testid="verdict-form"');
    expect(open).toContain("Better");
    const given = renderToString(h(ProblemItem, { problem: { ...problem, myVerdict: { verdict: "WORSE", comment: "" } }, locale: "en", t: en, onVerdict: send }));
    expect(given).toContain("Change my answer");
    const closed = renderToString(h(ProblemItem, { problem: { ...problem, verdictOpen: false }, locale: "en", t: en, onVerdict: send }));
    expect(closed).not.toContain("verdict-form");
  });
});
