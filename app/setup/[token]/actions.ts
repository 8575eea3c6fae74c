"use server";
// Choosing a password through a one-time set-up link. Not a defineAction: the visitor has no
// session yet; the link's token is the credential, checked in lib/users/setup-link.
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/server-actions/result";
import { setupPasswordSchema } from "@/lib/users/schemas";
import { spendSetupLink } from "@/lib/users/setup-link";

export async function setupPasswordAction(form: FormData): Promise<ActionResult<{ status: "saved" }>> {
  const t = await getTranslations("errors");
  // Anyone can post to an action id: anything but the form's own FormData is refused as input.
  const field = (name: string) => (form instanceof FormData ? form.get(name) : undefined);
  const parsed = setupPasswordSchema.safeParse({ token: field("token"), password: field("password"), confirm: field("confirm") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
    return { ok: false, code: "invalid_input", error: t("invalid_input"), fieldErrors };
  }
  const spent = await spendSetupLink(parsed.data.token, parsed.data.password);
  if (!spent) return { ok: false, code: "not_found", error: t("setup_link_invalid") };
  return { ok: true, data: { status: "saved" } };
}
