"use client";
import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/shell/ErrorNotice";

// A fault in a staff page: the shell (menu, language, sign-out) stays, the page says what happened.
export default function StaffError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <ErrorNotice
      error={error}
      retry={retry}
      text={{ title: t("title"), body: t("body"), eventId: (id) => t("eventId", { id }), eventIdHint: t("eventIdHint"), retry: t("retry"), back: t("back") }}
    />
  );
}
