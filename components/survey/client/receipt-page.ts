// /receipt in the browser: the code goes to the server in a POST body only, and does not stay on
// the page once used.
import { applyLanguage, chosenLanguage, isLocale } from "@/components/survey/client/language";
import { morph } from "@/components/survey/client/morph";
import { postJson } from "@/components/survey/send";
import { renderReceipt, type ReceiptModel, type ReceiptPageData } from "@/components/survey/view/receipt";
import { RECEIPT_CODE_LENGTH, isWellFormed, normalizeCode } from "@/lib/surveys/codes";
import type { ReceiptView } from "@/lib/surveys/receipts";

function errorKey(status: number): string {
  return status === 0 ? "errors.network" : status === 404 ? "errors.not_found" : status === 429 ? "errors.rate_limited" : status === 400 ? "errors.malformed" : "errors.unexpected";
}

export function startReceiptPage(root: HTMLElement, data: ReceiptPageData): void {
  const typedEarly = root.querySelector<HTMLInputElement>("#receipt-code")?.value ?? "";
  // `error` holds a message key, translated when rendered.
  const model: ReceiptModel = { data, locale: chosenLanguage(data.locale), code: typedEarly, busy: false, error: null, receipt: null };
  const render = () => morph(root, renderReceipt(model).value);
  const set = (patch: Partial<ReceiptModel>) => {
    Object.assign(model, patch);
    render();
  };

  async function lookUp() {
    if (model.busy) return;
    const normalized = normalizeCode(model.code);
    if (!isWellFormed(normalized, RECEIPT_CODE_LENGTH)) return set({ error: "errors.malformed" });
    set({ error: null, busy: true });
    const { status, body } = await postJson("/api/survey/receipt", { receiptCode: normalized }, 15_000);
    if (status === 200) {
      set({ busy: false, receipt: (body as { receipt: ReceiptView }).receipt, code: "" });
      // The form and its focused button are gone: the keyboard and screen reader move to the result.
      root.querySelector<HTMLElement>("[data-result-heading]")?.focus();
    } else set({ busy: false, error: errorKey(status) });
  }

  root.addEventListener("submit", (event) => {
    event.preventDefault();
    void lookUp();
  });
  root.addEventListener("input", (event) => {
    const field = event.target as HTMLInputElement;
    if (field.id === "receipt-code") model.code = field.value;
  });
  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (button?.dataset.action === "language" && isLocale(button.dataset.locale)) {
      model.locale = button.dataset.locale;
      applyLanguage(model.locale, true);
      render();
    } else if (button?.dataset.action === "another") {
      set({ receipt: null });
      root.querySelector<HTMLElement>("#receipt-code")?.focus();
    }
  });

  applyLanguage(model.locale, false);
  render();
}
