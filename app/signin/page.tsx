import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  const t = await getTranslations("signin");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const notice = params.expired
    ? t("signin.expired")
    : params.error === "Throttled"
      ? t("signin.throttled")
      : params.error === "Slowed"
        ? t("signin.slowed")
        : params.error
        ? t("signin.invalid")
        : null;
  // Where a one-time set-up link lands (/setup/<token> -> /signin?setup=1): not an error, so not in
  // the form's red notice but a calm one above the form.
  const passwordSet = params.setup === "1" && !notice;
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
          <h2 className="mb-1 text-lg font-medium">{t("signin.title")}</h2>
          <p className="mb-6 text-sm text-slate-600">{t("signin.intro")}</p>
          {passwordSet ? (
            <p role="status" className="mb-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="signin-password-set">
              {t("signin.passwordSet")}
            </p>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} initialNotice={notice} />
        </div>
      </main>
    </NextIntlClientProvider>
  );
}
