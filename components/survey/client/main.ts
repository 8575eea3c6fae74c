// The officer pages' one script (bundled by scripts/build-survey-assets.mjs, no framework): it
// takes over the HTML the server rendered, using the same render functions for every later step.
import { startReceiptPage } from "@/components/survey/client/receipt-page";
import { startSurveyPage } from "@/components/survey/client/survey-page";
import type { ReceiptPageData } from "@/components/survey/view/receipt";
import type { SurveyPageData } from "@/components/survey/view/survey";

const root = document.getElementById("app");
const source = document.getElementById("page-data");
if (root && source?.textContent) {
  const data = JSON.parse(source.textContent) as SurveyPageData | ReceiptPageData;
  if (data.page === "survey") startSurveyPage(root, data);
  else if (data.page === "receipt") startReceiptPage(root, data);
}
