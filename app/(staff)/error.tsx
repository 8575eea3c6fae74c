"use client";
import { useSyncExternalStore } from "react";
import { ErrorNotice, type ErrorNoticeText } from "@/components/shell/ErrorNotice";
import en from "@/messages/en/errorPage.json";
import zh from "@/messages/zh/errorPage.json";

const text = (m: typeof en): ErrorNoticeText => ({ ...m, eventId: (id) => m.eventId.replace("{id}", id) });

/** The page's language as the root layout wrote it (<html lang>), else Chinese, the default. */
const pageLocale = () => (document.documentElement.lang === "en" ? "en" : "zh");

// A fault in a staff page: the shell (menu, language, sign-out) stays, the page says what happened.
// Both languages' few strings come with this file: the staff pages have no translation provider in
// the browser (decision 003), and an error boundary cannot be given its words by the server.
export default function StaffError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useSyncExternalStore(() => () => {}, pageLocale, () => "zh" as const);
  return <ErrorNotice error={error} retry={retry} text={text(locale === "en" ? en : zh)} />;
}
