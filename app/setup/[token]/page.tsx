import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { SetupPasswordForm } from "@/components/users/SetupPasswordForm";
import { setupLinkUser } from "@/lib/users/setup-link";

// The token is in the address: no referrer may carry it anywhere.
export const metadata: Metadata = { referrer: "no-referrer" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const user = token.length >= 20 && token.length <= 200 ? await setupLinkUser(token) : null;
  return (
    <NextIntlClientProvider>
      <main className="flex min-h-screen flex-col items-center justify-center bg-brand-900 px-4 py-10">
        <div className="w-full max-w-md rounded-lg bg-white p-6 shadow-lg sm:p-8">
          <div className="mb-6 flex items-start justify-between gap-4">
            <div>
              <p className="text-xs text-slate-500">{t("app.department")}</p>
              <h1 className="text-xl font-semibold text-brand-900">{t("app.name")}</h1>
            </div>
            <LanguageSwitch tone="light" />
          </div>
          {user ? (
            <>
              <h2 className="mb-1 text-lg font-medium">{t("users.setup.title", { name: user.name })}</h2>
              <p className="mb-4 text-sm text-slate-600">{t("users.setup.intro", { email: user.email })}</p>
              <SetupPasswordForm token={token} />
            </>
          ) : (
            <>
              <p className="mb-4 text-sm text-slate-700" data-testid="setup-invalid">{t("errors.setup_link_invalid")}</p>
              <Link href="/signin" className="text-brand-700 underline">{t("users.setup.toSignIn")}</Link>
            </>
          )}
        </div>
      </main>
    </NextIntlClientProvider>
  );
}
