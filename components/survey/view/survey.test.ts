import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { EMPTY, surveyReducer, type SurveyState } from "@/components/survey/survey-state";
import { SurveyView, type SurveyHandlers, type SurveyPageData } from "@/components/survey/view/survey";
import enSurvey from "@/messages/en/survey.json";
import zhSurvey from "@/messages/zh/survey.json";
import type { QuestionView, QuestionnaireView } from "@/lib/surveys/structure";

// The questionnaire's components as the server renders them (and the browser hydrates them).
const base = { id: "", help: "", required: false, aspectCode: null, profileField: null, numberUnit: null, minValue: null, maxValue: null, options: [] };
const q = (key: string, type: QuestionView["type"], extra: Partial<QuestionView> = {}): QuestionView => ({ ...base, id: key, key, type, prompt: `Prompt ${key}`, ...extra });
const opts = (...values: string[]) => values.map((value) => ({ value, label: `Label ${value}` }));

const view: QuestionnaireView = {
  versionId: "v", campaignId: "c", title: "Q", intro: "Tell us <everything>.", language: "en", status: "PUBLISHED",
  sections: [
    { id: "s1", title: "About you", questions: [q("role", "SINGLE_CHOICE", { profileField: "ROLE_LEVEL", options: opts("officer", "prefer_not") })] },
    {
      id: "s2", title: "Work <b>load</b>",
      questions: [
        q("hours", "NUMBER", { required: true, numberUnit: "hours", minValue: 0, maxValue: 24, help: "A normal day." }),
        q("fair", "LIKERT"),
        q("short", "MULTI_CHOICE", { options: opts("cars", "radios") }),
        q("pressure", "SINGLE_CHOICE", { required: true, options: opts("work", "family") }),
        q("say", "TEXT", { prompt: 'Anything else? <img src=x onerror="alert(1)">' }),
      ],
    },
  ],
};
const data: SurveyPageData = {
  page: "survey", mode: "live", locale: "en", view, messages: { en: enSurvey, zh: zhSurvey },
  campaign: { slug: "c", name: "Campaign", nameZh: "调研", kioskOpen: false },
};
const noop = () => {};
const on: SurveyHandlers = { language: noop, code: noop, start: noop, answer: noop, clear: noop, next: noop, back: noop, reviewBack: noop, goto: noop, send: noop, useNewCode: noop, copy: noop, print: noop, finish: noop };
const en = { ...EMPTY, locale: "en" as const };
const started = surveyReducer(en, { type: "start", accessCode: "TRYME23456", responseId: "r", receiptCode: "ABCDEFGHJKLMNPQRSTUVWXYZ" });
const render = (state: SurveyState, d: SurveyPageData = data) => renderToString(h(SurveyView, { data: d, state, on }));

describe("the officer's questionnaire as rendered", () => {
  it("opens with the anonymity promises in the officer's language and the code field", () => {
    const html = render({ ...en, startCode: "TRYME-23456" });
    expect(html).toContain("We do not keep your IP address");
    expect(html).toContain('id="access-code" value="TRYME-23456"');
    expect(html).toContain("Tell us &lt;everything>.");
    const zh = render({ ...EMPTY, locale: "zh" });
    expect(zh).toContain("我们不保存您的IP地址");
    expect(zh).toContain('lang="zh-CN"');
    expect(zh).toContain("调研");
  });

  it("at an open kiosk, tells the station no code is needed and offers phones an optional code field; shows the preview banner in preview", () => {
    const kiosk = render(en, { ...data, campaign: { ...data.campaign, kioskOpen: true } });
    expect(kiosk).toContain(`<p class="text small kiosk station-only" data-testid="kiosk-notice">${enSurvey.code.kiosk}</p>`);
    expect(kiosk).toMatch(/<div class="phone-only"><label for="access-code"/);
    // The kiosk does not ask for "the access code from your slip".
    expect(kiosk).not.toContain(enSurvey.code.label);
    expect(kiosk).toContain(enSurvey.code.labelKiosk);
    expect(render(en)).not.toContain("kiosk-notice");
    expect(render(en)).toContain(enSurvey.code.label);
    expect(render(en, { ...data, mode: "preview" })).toContain('data-testid="preview-banner"');
  });

  it("renders every question type with its label, help, unit and range, and escapes staff-typed text", () => {
    const html = render(surveyReducer(started, { type: "go", section: 1 }));
    expect(html).toContain("Section 2 of 2");
    expect(html.match(/<h1 /g)).toHaveLength(1); // every step has its one h1
    expect(html).toContain("Work &lt;b>load&lt;/b>");
    expect(html).toMatch(/<label class="q-title" for="q-hours">Prompt hours <span class="q-required">\(required\)<\/span><\/label>/);
    expect(html).toContain('id="q-hours-help"');
    expect(html).toContain("From 0 to 24 hours");
    expect(html.match(/type="radio" name="q-fair"/g)).toHaveLength(5); // Likert 1-5 without options
    expect(html.match(/type="checkbox" name="q-short"/g)).toHaveLength(2);
    expect(html).toContain('<textarea id="q-say"');
    expect(html).toContain("Anything else? &lt;img src=x onerror=&quot;alert(1)&quot;>");
    expect(html).not.toContain("<img");
  });

  it("says the free text's limit and counts, and never lets the browser cut a text", () => {
    const typed = surveyReducer(surveyReducer(started, { type: "go", section: 1 }), { type: "answer", key: "say", value: "x".repeat(4001) });
    const html = render(typed);
    expect(html).not.toContain("maxlength");
    expect(html).toContain("up to 4000 characters");
    expect(html).toMatch(/data-testid="text-counter">4001 of 4000 characters</);
    expect(html).toContain("Keep the answer under 4000 characters.");
    expect(render(surveyReducer(started, { type: "go", section: 1 }))).toMatch(/data-testid="text-counter">0 of 4000 characters</);
  });

  it("offers 'prefer not to say' on profile questions and a way to clear an optional choice", () => {
    const answered = surveyReducer(started, { type: "answer", key: "role", value: "prefer_not" });
    const html = render(answered);
    expect(html).toMatch(/<label class="opt on"><input type="radio" name="q-role" value="prefer_not" checked/);
    expect(html).toContain('data-testid="clear-answer"');
    expect(render(started)).not.toContain('data-testid="clear-answer"');
  });

  it("names a wrong answer at once and a missing required one only after the last step was reached", () => {
    const state = surveyReducer(surveyReducer(started, { type: "go", section: 1 }), { type: "answer", key: "hours", value: "30" });
    const html = render(state);
    expect(html).toMatch(/value="30" aria-invalid="true"/);
    expect(html).toContain("Enter a number from 0 to 24.");
    expect(html).not.toContain(enSurvey.issues.required);
    expect(render({ ...state, reviewed: true })).toContain(enSurvey.issues.required);
  });

  it("lists what is missing before sending, leading back to each question, and every answer to check", () => {
    const review = surveyReducer(surveyReducer(started, { type: "answer", key: "short", value: ["radios", "cars"] }), { type: "review" });
    const html = render(review);
    expect(html.match(/data-testid="missing-answer"/g)).toHaveLength(2);
    expect(html).toMatch(/<button id="send" type="button" disabled/);
    // The answers themselves, as the officer gave them (labels, not codes), and the unanswered ones.
    expect(html.match(/data-testid="answer-to-check"/g)).toHaveLength(6);
    expect(html).toContain("Label radios, Label cars");
    expect(html).toContain(enSurvey.review.noAnswer);
    const complete = ["hours", "pressure"].reduce((s, key) => surveyReducer(s, { type: "answer", key, value: key === "hours" ? "9" : "work" }), review);
    const ready = render(complete);
    expect(ready).toContain('data-testid="review-complete"');
    expect(ready).not.toMatch(/<button id="send" type="button" disabled/);
    expect(ready).toContain("3 of 6 questions answered.");
    expect(render({ ...complete, phase: "offline", online: false })).toContain(enSurvey.status.offline);
  });

  it("names an answer the server refused, with what to do about it", () => {
    const refused = surveyReducer(started, { type: "invalid", issues: [{ key: "say", code: "bad_characters" }] });
    const html = render(refused);
    expect(html).toMatch(/data-testid="missing-answer"><button type="button" class="link">Anything else\?/);
    expect(html).toContain(enSurvey.issues.bad_characters);
    expect(html).toContain(enSurvey.status.invalid);
  });

  it("shows the receipt code once sent, with copy and print, and nothing of the answers or the access code", () => {
    const done = surveyReducer(surveyReducer(started, { type: "answer", key: "say", value: "secret words" }), { type: "received" });
    const html = render(done);
    expect(html).toContain("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ");
    expect(html).toContain('id="copy"');
    expect(html).toContain('id="print"');
    expect(html).toContain(enSurvey.done.receiptExplain);
    expect(html).not.toContain("secret words");
    expect(html).not.toContain("TRYME");
  });

  it("says whether Copy copied the code or could only select it, in the officer's language", () => {
    const done = surveyReducer(started, { type: "received" });
    const status = (html: string) => /<p id="copy-status" role="status"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
    expect(status(render(done))).toBe("");
    expect(status(render({ ...done, copied: "copied" }))).toBe("Copied");
    expect(status(render({ ...done, copied: "selected" }))).toBe(enSurvey.done.selected);
    expect(status(render({ ...done, locale: "zh", copied: "selected" }))).toBe(zhSurvey.done.selected);
  });

  it("offers Finish on the thank-you page after a kiosk response only", () => {
    expect(render(surveyReducer(started, { type: "received" }))).not.toContain('data-testid="finish"');
    const kiosk = surveyReducer(started, { type: "received", kioskDone: true });
    expect(render(kiosk)).toContain(`data-testid="finish">${enSurvey.done.finish}</button>`);
    expect(render({ ...kiosk, locale: "zh" })).toContain(zhSurvey.done.finish);
  });

  it("marks texts that fell back to the other language with their own lang", () => {
    const mixed: QuestionnaireView = { ...view, textLang: "en", sections: [{ ...view.sections[1], textLang: "en", questions: [{ ...view.sections[1].questions[0], textLang: "en" }, view.sections[1].questions[1]] }] };
    const zh = { ...started, locale: "zh" as const };
    const html = render(zh, { ...data, view: mixed });
    expect(html).toContain('<h1 class="step-title" tabindex="-1" data-step-heading lang="en">');
    expect(html).toMatch(/data-key="hours" lang="en"/);
    expect(html).not.toMatch(/data-key="fair"[^>]* lang=/);
    expect(render({ ...EMPTY, locale: "zh" }, { ...data, view: mixed })).toContain('<p class="lead" lang="en">');
    // In its own language a text needs no mark.
    expect(render(surveyReducer(started, { type: "go", section: 0 }), { ...data, view: mixed })).not.toContain('lang="en"><');
  });
});
