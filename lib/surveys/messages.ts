import "server-only";
import type { Dict, SurveyLocale } from "@/components/survey/translate";
import { negotiateLocale } from "@/i18n/locales";
import enReceipt from "@/messages/en/receipt.json";
import enSurvey from "@/messages/en/survey.json";
import zhReceipt from "@/messages/zh/receipt.json";
import zhSurvey from "@/messages/zh/survey.json";

// Survey pages pick their language from Accept-Language only (never the staff cookie) and hand
// both languages' few strings to the page, whose switch lives in the tab.
export function surveyLocale(request: Request): SurveyLocale {
  return negotiateLocale(request.headers.get("accept-language"));
}

export const SURVEY_MESSAGES: Record<SurveyLocale, Dict> = { en: enSurvey, zh: zhSurvey };
export const RECEIPT_MESSAGES: Record<SurveyLocale, Dict> = { en: { ...enReceipt, language: enSurvey.language, department: enSurvey.department }, zh: { ...zhReceipt, language: zhSurvey.language, department: zhSurvey.department } };
