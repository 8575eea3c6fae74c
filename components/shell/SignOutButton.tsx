import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { servedOverHttps } from "@/lib/auth/request-guards";

// Sign-out is a plain form posted to next-auth's own endpoint (which ends every session of the user,
// lib/auth/options.ts, and clears the cookie), so the header sends no script for it: next-auth's
// browser client (next-auth/react with its Babel runtime) was 8 KB gzip of every staff page.
// The form carries next-auth's double-submit CSRF token, read here from its cookie, which sign-in
// set. Without that cookie (a browser that dropped it) next-auth answers with its own page asking
// to confirm the sign-out, which then works.
export async function SignOutButton() {
  const t = await getTranslations("nav");
  const name = `${servedOverHttps() ? "__Host-" : ""}next-auth.csrf-token`;
  const csrfToken = (await cookies()).get(name)?.value.split("|")[0] ?? "";
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/signin" />
      <button type="submit" className="rounded border border-brand-100/40 px-3 py-1 text-sm text-white hover:bg-brand-600">
        {t("signOut")}
      </button>
    </form>
  );
}
