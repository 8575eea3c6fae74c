import "server-only";
import { h, type ComponentChildren } from "preact";
import { ReceiptPage, type ReceiptPageData } from "@/components/survey/ReceiptPage";
import { SurveyPage } from "@/components/survey/SurveyPage";
import { makeTranslate, type SurveyLocale } from "@/components/survey/translate";
import { CampaignClosedNotice, CampaignList, ClosedNotice, Notice } from "@/components/survey/view/common";
import { surveyDocument } from "@/components/survey/view/document";
import type { SurveyPageData } from "@/components/survey/view/survey";
import { logUnexpected, SURVEY_HEADERS } from "@/lib/surveys/http";
import { RECEIPT_MESSAGES, SURVEY_MESSAGES, surveyLocale } from "@/lib/surveys/messages";
import { cachedQuestionnaireView, openSurveyCampaigns, surveyCampaignState } from "@/lib/surveys/queries";
import type { QuestionnaireView } from "@/lib/surveys/structure";
import { FollowUpList } from "@/components/survey/view/follow-up";
import { publishedFollowUp } from "@/lib/problems/published";

// The officers' pages as whole HTML documents from route handlers (app/(survey)/…/route.ts), not
// React pages: rendered here with Preact and hydrated by one small script holding the same
// components (see docs/decisions/006-officer-pages-without-react.md). Like the JSON routes, they read nothing of
// the request but the path, Accept-Language and the CSP nonce the proxy put there.

const SURVEY_TITLE = "问卷 · Questionnaire";
const RECEIPT_TITLE = "回执 · Receipt";

function page(request: Request, locale: SurveyLocale, title: string, body: ComponentChildren, data?: SurveyPageData | ReceiptPageData, status = 200): Response {
  // Pages with a script say so when the browser runs none (the code would otherwise vanish on Start).
  const noscript = data && makeTranslate(data.messages[locale])("noscript");
  const document = surveyDocument({ locale, title, body, data, noscript, script: { nonce: request.headers.get("x-nonce") } });
  return new Response(document, { status, headers: { ...SURVEY_HEADERS, "Content-Type": "text/html; charset=utf-8" } });
}

function failed(request: Request, where: string, error: unknown): Response {
  logUnexpected(where, error);
  const locale = surveyLocale(request);
  const t = makeTranslate(RECEIPT_MESSAGES[locale], locale);
  const response = page(request, locale, SURVEY_TITLE, h(Notice, { title: t("errors.unexpected"), body: "" }));
  return new Response(response.body, { status: 500, headers: response.headers });
}

/** /survey/<campaign>: the questionnaire's first page, or a notice that it is not open. */
export async function surveyPage(request: Request, slug: string): Promise<Response> {
  try {
    const locale = surveyLocale(request);
    const t = makeTranslate(SURVEY_MESSAGES[locale], locale);
    const found = /^[a-z0-9-]{1,64}$/.test(slug) ? await surveyCampaignState(slug) : ({ state: "missing" } as const);
    // A campaign that ran (or will) is no secret, its follow-up page is public: officers are told
    // it is closed or not open yet, with the way to their receipts. No script: nothing to answer.
    if (found.state === "closed") return page(request, locale, SURVEY_TITLE, h(CampaignClosedNotice, { t, locale, campaign: found.campaign }));
    const campaign = found.state === "open" ? found.campaign : null;
    // The questionnaire in the officer's language, other-language texts marked where untranslated.
    const view = campaign?.versionId ? await cachedQuestionnaireView(campaign.versionId, locale) : null;
    // Unknown, a draft, or open without a live questionnaire: a 404 with the general notice.
    if (!campaign || !view) return page(request, locale, SURVEY_TITLE, h(ClosedNotice, { t }), undefined, 404);
    const data: SurveyPageData = {
      page: "survey", mode: "live", locale, view, messages: SURVEY_MESSAGES,
      campaign: { slug: campaign.slug, name: campaign.name, nameZh: campaign.nameZh, kioskOpen: campaign.kioskOpen },
    };
    return page(request, locale, SURVEY_TITLE, h(SurveyPage, { data }), data);
  } catch (error) {
    return failed(request, "survey page", error);
  }
}

/** /survey: the open questionnaires, for an officer who typed the short address. No script. */
export async function surveyIndexPage(request: Request): Promise<Response> {
  try {
    const locale = surveyLocale(request);
    const t = makeTranslate(SURVEY_MESSAGES[locale], locale);
    const campaigns = await openSurveyCampaigns();
    return page(request, locale, SURVEY_TITLE, campaigns.length === 0 ? h(ClosedNotice, { t }) : h(CampaignList, { t, locale, campaigns }));
  } catch (error) {
    return failed(request, "survey list", error);
  }
}

/** /survey/<campaign>/follow-up: the published problems and their progress. No code, no script. */
export async function followUpPage(request: Request, slug: string): Promise<Response> {
  try {
    const locale = surveyLocale(request);
    const t = makeTranslate(RECEIPT_MESSAGES[locale], locale);
    const data = /^[a-z0-9-]{1,64}$/.test(slug) ? await publishedFollowUp(slug) : null;
    if (!data) return page(request, locale, RECEIPT_TITLE, h(ClosedNotice, { t: makeTranslate(SURVEY_MESSAGES[locale], locale) }), undefined, 404);
    return page(request, locale, RECEIPT_TITLE, h(FollowUpList, { data, locale, t }));
  } catch (error) {
    return failed(request, "follow-up page", error);
  }
}

/** /receipt: the look-up form; the code travels later in a POST body only. */
export function receiptPage(request: Request): Response {
  const locale = surveyLocale(request);
  const data: ReceiptPageData = { page: "receipt", locale, messages: RECEIPT_MESSAGES };
  return page(request, locale, RECEIPT_TITLE, h(ReceiptPage, { data }), data);
}

/**
 * The document the admins' preview shows in a phone-sized frame: the officers' page itself, in
 * preview mode (no code check, no draft kept, nothing sent), so the two cannot drift apart. Its
 * script is added by the frame (components/survey/PreviewFrame.tsx).
 */
export function previewDocument(options: { view: QuestionnaireView; campaign: { slug: string; name: string; nameZh: string }; locale: SurveyLocale }): string {
  const { view, campaign, locale } = options;
  const data: SurveyPageData = { page: "survey", mode: "preview", locale, view, messages: SURVEY_MESSAGES, campaign: { ...campaign, kioskOpen: false } };
  return surveyDocument({ locale, title: SURVEY_TITLE, body: h(SurveyPage, { data }), data, script: null });
}
