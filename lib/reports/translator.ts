// The report's translator outside a request (benchmarks, tests): the same messages next-intl
// serves to pages, for a given locale.
// use-intl/core is next-intl's own core (same version): no React, so it also loads in the benchmarks,
// which run with the react-server condition where next-intl's entry pulls in client components.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en/report.json";
import zh from "@/messages/zh/report.json";
import type { Translate } from "@/lib/reports/draft";

export function reportTranslator(locale: "en" | "zh"): Translate {
  const t = createTranslator({ locale, messages: { report: locale === "zh" ? zh : en }, namespace: "report" });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}
