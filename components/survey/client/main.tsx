/** @jsxImportSource preact */
// The officer pages' one script (bundled by scripts/build-survey-assets.mjs with Preact): it
// hydrates the page the server rendered with the same component, which then renders every step.
import { hydrate, options } from "preact";
import { ReceiptPage, type ReceiptPageData } from "@/components/survey/ReceiptPage";
import { SurveyPage } from "@/components/survey/SurveyPage";
import type { SurveyPageData } from "@/components/survey/view/survey";

// Preact queues its re-renders with queueMicrotask, which Chrome < 71 and Safari < 12.1 lack;
// there a resolved promise does the same (it is what Preact 10 used).
if (typeof queueMicrotask !== "function") options.debounceRendering = (callback) => void Promise.resolve().then(callback);

const root = document.getElementById("app");
const source = document.getElementById("page-data");
if (root && source && source.textContent) {
  const data = JSON.parse(source.textContent) as SurveyPageData | ReceiptPageData;
  if (data.page === "survey") hydrate(<SurveyPage data={data} />, root);
  else if (data.page === "receipt") hydrate(<ReceiptPage data={data} />, root);
}
