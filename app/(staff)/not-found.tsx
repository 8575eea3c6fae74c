import { getTranslations } from "next-intl/server";
import Link from "next/link";

// notFound() inside a staff page: the menu stays, the page says what happened.
export default async function StaffNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="not-found">
      <h1 className="mb-3 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("body")}</p>
      <Link href="/" className="text-brand-700 underline">{t("back")}</Link>
    </div>
  );
}
