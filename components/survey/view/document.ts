// The whole HTML document of an officer page: no framework runtime, one stylesheet and, where the
// page is interactive, one script (both built by scripts/build-survey-assets.mjs) carrying the
// request's CSP nonce, plus the page's data as inert JSON.
import { html, jsonForScript, raw, type Html } from "@/components/survey/html";
import type { SurveyLocale } from "@/components/survey/translate";
import { LOCALE_TAGS } from "@/components/survey/view/common";

export const SURVEY_SCRIPT_URL = "/survey/assets/survey.js";
export const SURVEY_STYLES_URL = "/survey/assets/survey.css";
/** The portal's own icon (public/icon.svg): without a link the browser asks for a missing /favicon.ico. */
export const SURVEY_ICON_URL = "/icon.svg";

export type SurveyDocument = {
  locale: SurveyLocale;
  title: string;
  body: Html;
  /** For the page's script; pages without data (closed, list) load no script at all. */
  data?: unknown;
  /** The script tag, with the request's nonce; null when the embedding page adds the script itself. */
  script: { nonce: string | null } | null;
  /** Shown when the browser runs no script: without it Start would only reload the page. */
  noscript?: string;
};

export function surveyDocument({ locale, title, body, data, script, noscript }: SurveyDocument): string {
  const scripts = data === undefined
    ? ""
    : html`<script type="application/json" id="page-data">${raw(jsonForScript(data))}</script>${script && html`<script src="${SURVEY_SCRIPT_URL}"${script.nonce && html` nonce="${script.nonce}"`} defer></script>`}`;
  return `<!DOCTYPE html>${html`<html lang="${LOCALE_TAGS[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow"><title>${title}</title><link rel="icon" href="${SURVEY_ICON_URL}" type="image/svg+xml"><link rel="stylesheet" href="${SURVEY_STYLES_URL}">${scripts}</head><body>${noscript && html`<noscript><div class="page noscript"><p class="banner" role="alert" data-testid="noscript">${noscript}</p></div></noscript>`}<main id="app" class="page">${body}</main></body></html>`}`;
}
