import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { ReceiptLookup, receiptErrorKey, type ReceiptPageData, type ReceiptState } from "@/components/survey/ReceiptPage";
import enReceipt from "@/messages/en/receipt.json";
import zhReceipt from "@/messages/zh/receipt.json";
import type { ReceiptView } from "@/lib/surveys/receipts";

// The receipt look-up's component as the server renders it (and the browser hydrates it).
const messages = { en: { ...enReceipt, language: "Language", department: "Dept" }, zh: { ...zhReceipt, language: "语言", department: "部门" } };
const data: ReceiptPageData = { page: "receipt", locale: "en", messages };
const empty: ReceiptState = { locale: "en", code: "", busy: false, error: null, receipt: null };
const noop = () => {};
const render = (state: ReceiptState) => renderToString(h(ReceiptLookup, { data, state, onLanguage: noop, onCode: noop, onLookUp: noop, onAnother: noop }));

const receipt: ReceiptView = {
  submittedOn: "2026-11-02", questionnaire: "Warning project", answered: 1,
  problems: [{
    title: "Patrol cars <not> repaired", status: "IN_PROGRESS", aspectCode: "E1", aspectEn: "Equipment", aspectZh: "装备",
    actions: [{ number: 7, title: "Repair fund", status: "IN_PROGRESS", dueOn: "2026-12-31", updates: [{ on: "2026-11-20", body: "Budget approved." }] }],
  }],
} as ReceiptView;

describe("the receipt look-up as rendered", () => {
  it("asks for the code, with a translated error and a busy button", () => {
    expect(render(empty)).toContain('id="receipt-code"');
    expect(render({ ...empty, error: "errors.not_found" })).toContain(enReceipt.errors.not_found);
    expect(render({ ...empty, busy: true })).toMatch(/<button id="look-up" type="submit" disabled[^>]*>Looking up…/);
    expect(render({ ...empty, locale: "zh", error: "errors.not_found" })).toContain(zhReceipt.errors.not_found);
  });

  it("shows the result in place of the form: date, questionnaire, answers counted in the singular, problems and follow-up", () => {
    const html = render({ ...empty, receipt });
    expect(html).not.toContain('id="receipt-code"');
    expect(html).toContain("Answers received on 2026-11-02");
    expect(html).toContain("1 question answered.");
    expect(render({ ...empty, receipt: { ...receipt, answered: 12 } })).toContain("12 questions answered.");
    expect(html).toContain("Patrol cars &lt;not> repaired");
    expect(html).toContain(enReceipt.problemStatus.IN_PROGRESS);
    expect(html).toContain("7. Repair fund");
    expect(html).toContain("Budget approved.");
    expect(html).toContain("E1 · Equipment");
    expect(render({ ...empty, locale: "zh", receipt })).toContain("E1 · 装备");
    expect(render({ ...empty, receipt: { ...receipt, problems: [] } })).toContain('data-testid="receipt-no-problems"');
  });

  it("words each failure of the look-up", () => {
    expect([0, 400, 404, 429, 500].map(receiptErrorKey)).toEqual(["errors.network", "errors.malformed", "errors.not_found", "errors.rate_limited", "errors.unexpected"]);
  });
});
