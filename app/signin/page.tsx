import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/shell/AuthCard";
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
    <AuthCard>
      <h2 className="mb-1 text-lg font-medium">{t("signin.title")}</h2>
      <p className="mb-6 text-sm text-slate-600">{t("signin.intro")}</p>
      {passwordSet ? (
        <p
          role="status"
          className="mb-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
          data-testid="signin-password-set"
        >
          {t("signin.passwordSet")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialNotice={notice} />
    </AuthCard>
  );
}
