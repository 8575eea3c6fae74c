// The report's translator outside a request (benchmarks, tests): the same messages next-intl
// serves to pages, for a given locale.
import { createTranslator } from "next-intl";
import en from "@/messages/en/report.json";
import zh from "@/messages/zh/report.json";
import type { Translate } from "@/lib/reports/draft";

export function reportTranslator(locale: "en" | "zh"): Translate {
  const t = createTranslator({ locale, messages: { report: locale === "zh" ? zh : en }, namespace: "report" });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}
