import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("short")}` }, referrer: "no-referrer" };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// No client-side i18n provider here: survey pages must stay light for old phones and bring their
// own tiny translator; staff pages and sign-in wrap themselves in NextIntlClientProvider.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
