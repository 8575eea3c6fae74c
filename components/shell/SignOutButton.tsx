"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="rounded border border-brand-100/40 px-3 py-1 text-sm text-white hover:bg-brand-600"
    >
      {t("signOut")}
    </button>
  );
}
