/** @jsxImportSource preact */
// The whole HTML document of an officer page, rendered on the server with preact-render-to-string:
// no framework runtime beyond Preact in the one script, one stylesheet and, where the page is
// interactive, that script (both built by scripts/build-survey-assets.mjs) carrying the request's
// CSP nonce, plus the page's data as inert JSON from which the script hydrates the same components.
import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { SURVEY_ICON_URL, SURVEY_SCRIPT_URL, SURVEY_STYLES_URL } from "@/components/survey/assets";
import type { SurveyLocale } from "@/components/survey/translate";
import { LOCALE_TAGS } from "@/components/survey/view/common";

export { SURVEY_ICON_URL, SURVEY_SCRIPT_URL, SURVEY_STYLES_URL };

export type SurveyDocument = {
  locale: SurveyLocale;
  title: string;
  body: ComponentChildren;
  /** For the page's script; pages without data (closed, list) load no script at all. */
  data?: unknown;
  /** The script tag, with the request's nonce; null when the embedding page adds the script itself. */
  script: { nonce: string | null } | null;
  /** Shown when the browser runs no script: without it Start would only reload the page. */
  noscript?: string;
};

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function surveyDocument({ locale, title, body, data, script, noscript }: SurveyDocument): string {
  const page = (
    <html lang={LOCALE_TAGS[locale]}>
      {/* A whole document rendered by Preact, not a Next page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{title}</title>
        <link rel="icon" href={SURVEY_ICON_URL} type="image/svg+xml" />
        <link rel="stylesheet" href={SURVEY_STYLES_URL} />
        {data !== undefined && <script type="application/json" id="page-data" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />}
        {data !== undefined && script && <script src={SURVEY_SCRIPT_URL} nonce={script.nonce ?? undefined} defer />}
      </head>
      <body>
        {noscript && <noscript><div class="page noscript"><p class="banner" role="alert" data-testid="noscript">{noscript}</p></div></noscript>}
        <main id="app" class="page">{body}</main>
      </body>
    </html>
  );
  return `<!DOCTYPE html>${renderToString(page)}`;
}
