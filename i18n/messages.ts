// Interface strings live in messages/<locale>/<namespace>.json, one file per feature, so features
// can be worked on side by side. The namespace is the file name; every file listed must exist in
// both languages (i18n/locales.test.ts checks that their keys match).
import type { Locale } from "@/i18n/locales";

export const NAMESPACES = [
  "app",
  "nav",
  "roles",
  "language",
  "signin",
  "forbidden",
  "notFound",
  "errorPage",
  "errors",
  "overview",
  "campaignStatus",
  "unitTypes",
  "units",
  "campaigns",
  "users",
  "questionnaires",
  "codes",
  "survey",
  "receipt",
  "paper",
  "seminars",
  "classification",
  "review",
  "dashboards",
  "problems",
  "actions",
  "audit",
  "report",
  "visits",
  "exports",
  "comparison",
] as const;

export type Messages = Record<string, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
