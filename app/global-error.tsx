"use client";
import { useSyncExternalStore } from "react";
import { ErrorNotice, type ErrorNoticeText } from "@/components/shell/ErrorNotice";
import { LOCALE_COOKIE } from "@/i18n/locales";
import en from "@/messages/en/errorPage.json";
import zh from "@/messages/zh/errorPage.json";
import "./globals.css";

type Strings = typeof en;

const text = (m: Strings): ErrorNoticeText => ({ ...m, eventId: (id) => m.eventId.replace("{id}", id) });

/** The language chosen on the staff side (its cookie), else Chinese, the portal's default. */
function cookieLocale(): "zh" | "en" {
  return document.cookie.split("; ").includes(`${LOCALE_COOKIE}=en`) ? "en" : "zh";
}

// The root layout itself failed, so there is no translation provider: both languages' few strings
// come with this file, the choice follows the language cookie.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useSyncExternalStore(() => () => {}, cookieLocale, () => "zh" as const);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen font-sans">
        <main>
          <ErrorNotice error={error} retry={retry} text={text(locale === "zh" ? zh : en)} />
        </main>
      </body>
    </html>
  );
}
