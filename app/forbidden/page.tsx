import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="forbidden">
      <h1 className="mb-3 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("body")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
