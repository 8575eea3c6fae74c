import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";

/** The card the pages outside the staff shell (sign-in, password set-up) stand on: the portal's name and the language switch. */
export async function AuthCard({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <NextIntlClientProvider>
      <main className="flex min-h-screen flex-col items-center justify-center bg-brand-900 px-4 py-10">
        <div className="w-full max-w-md rounded-lg bg-white p-6 shadow-lg sm:p-8">
          <div className="mb-6 flex items-start justify-between gap-4">
            <div>
              <p className="text-xs text-slate-500">{t("department")}</p>
              <h1 className="text-xl font-semibold text-brand-900">{t("name")}</h1>
            </div>
            <LanguageSwitch tone="light" />
          </div>
          {children}
        </div>
      </main>
    </NextIntlClientProvider>
  );
}
