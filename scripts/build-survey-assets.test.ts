import { gzipSync } from "node:zlib";
import path from "node:path";
import { runInContext, createContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleSurveyAssets, SCRIPT_TARGET } from "./build-survey-assets.mjs";

// The officer pages must stay light for old phones on weak networks: at most 20 KB of gzipped
// JavaScript on first load (docs/decisions/006), Preact included.
describe("the officer pages' script", () => {
  it("is made of the pages' own code and Preact only: no other package", async () => {
    const { scriptSources } = await bundleSurveyAssets();
    expect(scriptSources).toContain("components/survey/client/main.tsx");
    const packages = new Set(scriptSources.filter((file) => file.includes("node_modules")).map((file) => file.split("/")[1]));
    expect([...packages]).toEqual(["preact"]);
  });

  it("stays within the officer pages' 20 KB first-load budget", async () => {
    const { files } = await bundleSurveyAssets();
    expect(gzipSync(files["survey.js"]).length).toBeLessThan(20 * 1024);
    expect(gzipSync(files["survey.css"]).length).toBeLessThan(5 * 1024);
  });
});

// The script targets ES2017 / Chrome 61 / Safari 11. esbuild lowers syntax to that target but not
// built-ins: a newer one used in the code reaches the phone and crashes the page there.
describe("the officer pages' script on an old phone (Chrome 61, Safari 11)", () => {
  it("uses no built-in those browsers lack, and AbortController only where it exists", async () => {
    const script = Buffer.from((await bundleSurveyAssets()).files["survey.js"]).toString("utf8");
    for (const missing of ["flatMap", "fromEntries", "globalThis", "matchAll", "replaceAll", "structuredClone", "Promise.allSettled", ".finally(", "?<=", "?<!"]) {
      expect(script.includes(missing), missing).toBe(false);
    }
    // Preact queues renders with queueMicrotask (Chrome 71, Safari 12.1): the page installs a
    // promise-based queue first where it is missing.
    expect(script).toMatch(/typeof queueMicrotask[!=]==?"function"/);
    expect(script.indexOf("typeof queueMicrotask")).toBeLessThan(script.indexOf("getElementById(\"page-data\")"));
    // Every `new AbortController` sits behind a typeof check.
    const uses = script.split("AbortController").length - 1;
    const guarded = script.match(/typeof AbortController==+"function"\?new AbortController\b/g)?.length ?? 0;
    expect(uses).toBeGreaterThan(0);
    expect(guarded * 2).toBe(uses);
  });

  it("renders every step, makes codes and sends in a realm without flatMap, fromEntries, globalThis or AbortController", async () => {
    // The script's pure parts, bundled exactly as the page's script is, run where those are deleted.
    const entry = `
      import { h } from "preact";
      import { renderToString } from "preact-render-to-string";
      import { initialState, surveyReducer } from "@/components/survey/survey-state";
      import { createStore, surveyFlow } from "@/components/survey/survey-flow";
      import { SurveyView, knownAnswers } from "@/components/survey/view/survey";
      import { ReceiptLookup } from "@/components/survey/ReceiptPage";
      import { generateReceiptCode, newResponseId, normalizeCode } from "@/lib/access-codes/format";
      import { postJson, attemptSubmission } from "@/components/survey/send";
      import en from "@/messages/en/survey.json";
      import zh from "@/messages/zh/survey.json";
      import enReceipt from "@/messages/en/receipt.json";
      const q = (key, type, extra) => Object.assign({ id: key, key, type, prompt: "P " + key, help: "", required: false, aspectCode: null, profileField: null, numberUnit: null, minValue: null, maxValue: null, options: [] }, extra);
      const view = { versionId: "v", campaignId: "c", title: "T", intro: "", language: "en", status: "PUBLISHED", sections: [
        { id: "s1", title: "One", questions: [q("pick", "SINGLE_CHOICE", { options: [{ value: "a", label: "A" }] }), q("hours", "NUMBER", { required: true, minValue: 0, maxValue: 24 })] },
        { id: "s2", title: "Two", questions: [q("say", "TEXT")] },
      ] };
      const data = { page: "survey", mode: "live", locale: "en", view, messages: { en, zh }, campaign: { slug: "c", name: "C", nameZh: "C", kioskOpen: false } };
      const noop = () => {};
      const on = { language: noop, code: noop, start: noop, answer: noop, clear: noop, next: noop, back: noop, reviewBack: noop, goto: noop, send: noop, useNewCode: noop, copy: noop, print: noop, finish: noop };
      const EMPTY = initialState("en");
      let state = surveyReducer(EMPTY, { type: "start", accessCode: normalizeCode("tryme 23456"), responseId: newResponseId(), receiptCode: generateReceiptCode() });
      const pages = [];
      const render = (s) => pages.push(renderToString(h(SurveyView, { data, state: s, on })));
      render(EMPTY);
      state = surveyReducer(state, { type: "answer", key: "pick", value: "a" });
      render(state);
      state = surveyReducer(state, { type: "review" });
      render(state);
      const known = knownAnswers(view, Object.assign({ gone: "x" }, state.answers));
      const receipt = state.receiptCode;
      render(surveyReducer(state, { type: "received" }));
      const receiptState = { locale: "en", code: "", busy: false, error: null, receipt: { submittedOn: "2026-01-02", questionnaire: "Q", answered: 1, problems: [] } };
      pages.push(renderToString(h(ReceiptLookup, { data: { page: "receipt", locale: "en", messages: { en: enReceipt, zh: enReceipt } }, state: receiptState, onLanguage: noop, onCode: noop, onLookUp: noop, onAnother: noop })));
      result.pages = pages;
      result.known = known;
      result.receipt = receipt;
      result.responseId = state.responseId;
      postJson("/x", { a: 1 }, 50).then((r) => { result.sent = r; });
      // The page's sending flow, with the browser's own ports.
      const store = createStore(surveyReducer(surveyReducer(EMPTY, { type: "start", accessCode: "", responseId: newResponseId(), receiptCode: generateReceiptCode() }), { type: "review" }));
      const ports = { attempt: attemptSubmission, checkCode: noop, online: () => true, sleep: () => Promise.resolve(), clearDraft: noop, newResponseId, newReceiptCode: generateReceiptCode };
      surveyFlow(store, { slug: "c", view, kioskOpen: true, preview: false }, ports).send().then(() => { result.flow = store.get().stage + ":" + store.get().kioskDone; });
    `;
    const bundled = await build({
      stdin: { contents: entry, resolveDir: path.resolve("."), loader: "ts" },
      absWorkingDir: path.resolve("."), bundle: true, minify: true, write: false, format: "iife", target: SCRIPT_TARGET, tsconfig: "tsconfig.json", logLevel: "silent",
    });
    const result: Record<string, unknown> = {};
    const context = createContext({
      result,
      crypto: { getRandomValues: (bytes: Uint8Array) => bytes.fill(7) },
      fetch: async () => ({ status: 201, json: async () => ({ ok: true }) }),
      setTimeout, clearTimeout,
    });
    runInContext("delete Array.prototype.flatMap; delete Object.fromEntries; delete globalThis.AbortController; delete Intl.PluralRules; delete globalThis.queueMicrotask; delete globalThis.globalThis;", context);
    expect(runInContext("typeof globalThis + typeof Object.fromEntries + typeof [].flatMap + typeof AbortController + typeof Intl.PluralRules", context)).toBe("undefined".repeat(5));
    runInContext(bundled.outputFiles[0].text, context);

    const pages = result.pages as string[];
    expect(pages).toHaveLength(5);
    expect(pages[0]).toContain('id="access-code"');
    expect(pages[1]).toContain("P hours");
    expect(pages[2]).toContain("Check and send");
    expect(pages[3]).toContain("Your receipt code");
    expect(pages[2]).toContain("1 of 3 questions answered.");
    // Without Intl.PluralRules, English still says "1 question", not "1 questions".
    expect(pages[4]).toContain("1 question answered.");
    expect(pages[4]).toContain('data-testid="receipt-lookup" data-locale="en"');
    expect(result.known).toEqual({ pick: "a" });
    expect(result.receipt).toMatch(/^[A-Z2-9]{24}$/);
    expect(result.responseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    await expect.poll(() => result.sent).toEqual({ status: 201, body: { ok: true } });
    await expect.poll(() => result.flow).toBe("done:true");
  });
});

describe("the officer pages' stylesheet on an old phone (Chrome < 84, Safari < 14.1)", () => {
  it("spaces flex items with margins, not gap, which those browsers ignore in flex layouts", async () => {
    const css = Buffer.from((await bundleSurveyAssets()).files["survey.css"]).toString("utf8");
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({ selector: selector.trim(), body }));
    expect(rules.filter((r) => /(^|;)\s*(row-|column-)?gap\s*:/.test(r.body)).map((r) => r.selector)).toEqual([]);
    // Options, Back/Next and the header's pieces are still apart.
    for (const container of [".row", ".options", ".questions", ".opt", ".bar", ".lang"]) {
      expect(rules.some((r) => r.selector === `${container}>*+*` && /margin-(top|left):/.test(r.body)), container).toBe(true);
    }
  });
});
