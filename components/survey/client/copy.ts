// Copying the receipt code. navigator.clipboard exists only on HTTPS and localhost, and a station's
// intranet address may be plain HTTP: there the code is selected and copied the old way
// (execCommand), and where even that is refused it stays selected for the officer to copy by hand.
export type CopyOutcome = "copied" | "selected";

function select(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export async function copyCode(element: Element | null, text: string): Promise<CopyOutcome> {
  if (navigator.clipboard && window.isSecureContext !== false) {
    try {
      await navigator.clipboard.writeText(text);
      return "copied";
    } catch {
      // refused (permissions, an old browser): fall through to selecting
    }
  }
  if (!element) return "selected";
  select(element);
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  return copied ? "copied" : "selected";
}
