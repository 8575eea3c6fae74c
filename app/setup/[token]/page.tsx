import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthCard } from "@/components/shell/AuthCard";
import { SetupPasswordForm } from "@/components/users/SetupPasswordForm";
import { setupLinkUser } from "@/lib/users/setup-link";

// The token is in the address: no referrer may carry it anywhere.
export const metadata: Metadata = { referrer: "no-referrer" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const user = token.length >= 20 && token.length <= 200 ? await setupLinkUser(token) : null;
  return (
    <AuthCard>
      {user ? (
        <>
          <h2 className="mb-1 text-lg font-medium">{t("users.setup.title", { name: user.name })}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("users.setup.intro", { email: user.email })}</p>
          <SetupPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700" data-testid="setup-invalid">
            {t("errors.setup_link_invalid")}
          </p>
          <Link href="/signin" className="text-brand-700 underline">
            {t("users.setup.toSignIn")}
          </Link>
        </>
      )}
    </AuthCard>
  );
}
