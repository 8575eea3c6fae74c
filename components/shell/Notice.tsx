import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * A page that says what happened and leads home (not found, forbidden), in the reader's language.
 * `main` where no shell around it has one.
 */
export async function Notice({ messages, testId, main = false }: { messages: "notFound" | "forbidden"; testId: string; main?: boolean }) {
  const t = await getTranslations(messages);
  const Tag = main ? "main" : "div";
  return (
    <Tag className="mx-auto max-w-xl px-4 py-16 text-center" data-testid={testId}>
      <h1 className="mb-3 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("body")}</p>
      <Link href="/" className="text-brand-700 underline">{t("back")}</Link>
    </Tag>
  );
}
