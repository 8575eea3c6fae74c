"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/actions/locale";
import { LOCALES, type Locale } from "@/i18n/locales";

// The buttons of LanguageSwitch, given their words by it: no translation runtime in the browser.
export function LanguageButtons({
  current,
  label,
  names,
  tone,
}: {
  current: Locale;
  label: string;
  names: Record<Locale, string>;
  tone: "dark" | "light";
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const base = tone === "dark" ? "text-brand-100 hover:text-white" : "text-brand-700 hover:text-brand-900";
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1 text-sm" data-testid="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale === "zh" ? "zh-CN" : "en"}
          aria-pressed={current === locale}
          disabled={pending || current === locale}
          onClick={() => startTransition(async () => {
            await setLocale(locale);
            router.refresh();
          })}
          className={`rounded px-2 py-1 ${current === locale ? "font-semibold underline underline-offset-4" : base} ${tone === "dark" && current === locale ? "text-white" : ""}`}
        >
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
