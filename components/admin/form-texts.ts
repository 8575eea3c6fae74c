import "server-only";
import { getTranslations } from "next-intl/server";

// The words an ActionForm needs, read on the server from one namespace: its "saved" line and its
// field messages ("<ns>.validation"), so the browser gets only these few strings.

export type FormTexts = { saved: string; invalid: string; validation: Record<string, string> };

export async function formTexts(ns: "units" | "campaigns" | "users" | "visits"): Promise<FormTexts> {
  const [t, errors] = await Promise.all([getTranslations(ns), getTranslations("errors")]);
  return { saved: t("saved"), invalid: errors("invalid_input"), validation: t.raw("validation") as Record<string, string> };
}
