import { describe, expect, it } from "vitest";
import { EMPTY, surveyReducer, type SurveyState } from "@/components/survey/survey-state";
import { INITIAL_UI, renderSurvey, type SurveyModel, type SurveyPageData } from "@/components/survey/view/survey";
import enSurvey from "@/messages/en/survey.json";
import zhSurvey from "@/messages/zh/survey.json";
import type { QuestionView, QuestionnaireView } from "@/lib/surveys/structure";

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
const model = (state: SurveyState, patch: Partial<SurveyModel> = {}): SurveyModel => ({ data, locale: "en", state, ui: INITIAL_UI, ...patch });
const started = surveyReducer(EMPTY, { type: "start", accessCode: "TRYME23456", responseId: "r", receiptCode: "ABCDEFGHJKLMNPQRSTUVWXYZ" });
const render = (m: SurveyModel) => renderSurvey(m).value;

describe("the officer's questionnaire as HTML", () => {
  it("opens with the anonymity promises in the officer's language and the code field", () => {
    const en = render(model(EMPTY, { ui: { ...INITIAL_UI, startCode: "TRYME-23456" } }));
    expect(en).toContain("We do not keep your IP address");
    expect(en).toContain('id="access-code" value="TRYME-23456"');
    expect(en).toContain("Tell us &lt;everything&gt;.");
    const zh = render(model(EMPTY, { locale: "zh" }));
    expect(zh).toContain("我们不保存您的IP地址");
    expect(zh).toContain('lang="zh-CN"');
    expect(zh).toContain("调研");
  });

  it("at an open kiosk, tells the station no code is needed and still offers phones the code field; shows the preview banner in preview", () => {
    const kiosk = render(model(EMPTY, { data: { ...data, campaign: { ...data.campaign, kioskOpen: true } } }));
    expect(kiosk).toContain(`<p class="text small kiosk station-only" data-testid="kiosk-notice">${enSurvey.code.kiosk}</p>`);
    expect(kiosk).toMatch(/<div class="phone-only"><label for="access-code"/);
    expect(render(model(EMPTY))).not.toContain("kiosk-notice");
    expect(render(model(EMPTY, { data: { ...data, mode: "preview" } }))).toContain('data-testid="preview-banner"');
  });

  it("renders every question type with its label, help, unit and range, and escapes staff-typed text", () => {
    const html = render(model(surveyReducer(started, { type: "go", section: 1 })));
    expect(html).toContain("Section 2 of 2");
    expect(html).toContain("Work &lt;b&gt;load&lt;/b&gt;");
    expect(html).toMatch(/<label class="q-title" for="q-hours">Prompt hours <span class="q-required">\(required\)<\/span><\/label>/);
    expect(html).toContain('id="q-hours-help"');
    expect(html).toContain("From 0 to 24 hours");
    expect(html.match(/type="radio" name="q-fair"/g)).toHaveLength(5); // Likert 1-5 without options
    expect(html.match(/type="checkbox" name="q-short"/g)).toHaveLength(2);
    expect(html).toContain('<textarea id="q-say"');
    expect(html).toContain("Anything else? &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<img");
  });

  it("offers 'prefer not to say' on profile questions and a way to clear an optional choice", () => {
    const answered = surveyReducer(started, { type: "answer", key: "role", value: "prefer_not" });
    const html = render(model(answered));
    expect(html).toMatch(/<label class="opt on"><input type="radio" name="q-role" value="prefer_not" checked/);
    expect(html).toContain('data-action="clear" data-key="role"');
  });

  it("names a wrong answer at once and a missing required one only after the last step was reached", () => {
    const state = surveyReducer(surveyReducer(started, { type: "go", section: 1 }), { type: "answer", key: "hours", value: "30" });
    const html = render(model(state));
    expect(html).toContain('value="30" aria-invalid="true"');
    expect(html).toContain("Enter a number from 0 to 24.");
    expect(html).not.toContain(enSurvey.issues.required);
    expect(render(model(state, { ui: { ...INITIAL_UI, reviewed: true } }))).toContain(enSurvey.issues.required);
  });

  it("lists what is missing before sending, leading back to each question", () => {
    const review = surveyReducer(started, { type: "review" });
    const html = render(model(review, { ui: { ...INITIAL_UI, reviewed: true } }));
    expect(html.match(/data-testid="missing-answer"/g)).toHaveLength(2);
    expect(html).toContain('data-action="goto" data-key="pressure" data-section="1"');
    expect(html).toMatch(/data-action="send" disabled/);
    const complete = ["hours", "pressure"].reduce((s, key) => surveyReducer(s, { type: "answer", key, value: key === "hours" ? "9" : "work" }), review);
    const ready = render(model(complete));
    expect(ready).toContain('data-testid="review-complete"');
    expect(ready).not.toMatch(/data-action="send" disabled/);
    expect(render(model({ ...complete, phase: "offline" }, { ui: { ...INITIAL_UI, online: false } }))).toContain(enSurvey.status.offline);
  });

  it("shows the receipt code once sent, with copy and print, and nothing of the answers or the access code", () => {
    const done = surveyReducer(surveyReducer(started, { type: "answer", key: "say", value: "secret words" }), { type: "received" });
    const html = render(model(done));
    expect(html).toContain("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ");
    expect(html).toContain('data-action="copy"');
    expect(html).toContain('data-action="print"');
    expect(html).toContain(enSurvey.done.receiptExplain);
    expect(html).not.toContain("secret words");
    expect(html).not.toContain("TRYME");
  });

  it("says whether Copy copied the code or could only select it, in the officer's language", () => {
    const done = surveyReducer(started, { type: "received" });
    const status = (html: string) => /<p id="copy-status" role="status"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
    expect(status(render(model(done)))).toBe("");
    expect(status(render(model(done, { ui: { ...INITIAL_UI, copied: "copied" } })))).toBe("Copied");
    expect(status(render(model(done, { ui: { ...INITIAL_UI, copied: "selected" } })))).toBe(enSurvey.done.selected);
    expect(status(render(model(done, { locale: "zh", ui: { ...INITIAL_UI, copied: "selected" } })))).toBe(zhSurvey.done.selected);
  });

  it("offers Finish on the thank-you page after a kiosk response only", () => {
    const done = surveyReducer(started, { type: "received" });
    expect(render(model(done))).not.toContain('data-action="finish"');
    expect(render(model(done, { ui: { ...INITIAL_UI, kioskDone: true } }))).toContain(`data-action="finish" class="btn block finish" data-testid="finish">${enSurvey.done.finish}</button>`);
    expect(render(model(done, { locale: "zh", ui: { ...INITIAL_UI, kioskDone: true } }))).toContain(zhSurvey.done.finish);
  });
});
