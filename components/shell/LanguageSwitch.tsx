import { getLocale, getTranslations } from "next-intl/server";
import { LanguageButtons } from "@/components/shell/LanguageButtons";
import { isLocale } from "@/i18n/locales";

// The language switch of the staff header, sign-in and set-up pages. Its words are chosen here on
// the server, so the staff header needs no translation runtime in the browser (decision 003).
export async function LanguageSwitch({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = await getTranslations("language");
  const locale = await getLocale();
  return (
    <LanguageButtons current={isLocale(locale) ? locale : "zh"} label={t("label")} names={{ zh: t("zh"), en: t("en") }} tone={tone} />
  );
}
