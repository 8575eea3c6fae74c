// Pieces every officer page shares: the language switch, the progress bar, the closed notice and
// the list of open questionnaires. Pure functions of their arguments, rendered on the server and
// in the browser alike (see components/survey/html.ts); styled by components/survey/survey.css.
import { html, type Html } from "@/components/survey/html";
import { LANGUAGE_NAMES, type SurveyLocale, type Translate } from "@/components/survey/translate";

export const LOCALE_TAGS: Record<SurveyLocale, string> = { zh: "zh-CN", en: "en" };

/** The survey's language switch: the choice lives in this tab (sessionStorage), not a cookie. */
export function languageToggle(locale: SurveyLocale, label: string): Html {
  const button = (l: SurveyLocale) => html`<button id="lang-${l}" type="button" lang="${LOCALE_TAGS[l]}" aria-pressed="${String(locale === l)}" data-action="language" data-locale="${l}">${LANGUAGE_NAMES[l]}</button>`;
  return html`<div role="group" aria-label="${label}" class="lang" data-testid="survey-language">${button("zh")}${button("en")}</div>`;
}

/** Position in the questionnaire: one step per section, then the check-and-send step. */
export function progressBar(step: number, steps: number, label: string, t: Translate): Html {
  const percent = Math.round((step / steps) * 100);
  return html`<div class="progress" data-testid="progress"><div class="progress-head"><span>${label}</span><span>${percent}%</span></div><div role="progressbar" aria-label="${t("progress.label")}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}" class="progress-track"><div class="progress-fill" style="width: ${percent}%"></div></div></div>`;
}

export function notice(title: string, body: string): Html {
  return html`<div class="closed" data-testid="survey-closed"><h1 class="title">${title}</h1><p>${body}</p></div>`;
}

export function closedNotice(t: Translate): Html {
  return notice(t("closed.title"), t("closed.body"));
}

export type OpenCampaign = { slug: string; name: string; nameZh: string };

/** /survey: the open questionnaires, for an officer who typed the short address. */
export function campaignList(t: Translate, locale: SurveyLocale, campaigns: OpenCampaign[]): Html {
  const items = campaigns.map((c) => html`<li><a href="/survey/${encodeURIComponent(c.slug)}" class="card">${locale === "zh" ? c.nameZh : c.name}</a></li>`);
  return html`<h1 class="title loose">${t("closed.list")}</h1><ul class="list">${items}</ul>`;
}
