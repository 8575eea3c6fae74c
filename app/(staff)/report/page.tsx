import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";

export default async function ReportPage() {
  await requirePageUser("report:view");
  const t = await getTranslations("report");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <EmptyState>
        <p>{t("empty")}</p>
        <p className="mt-2 text-sm">{t("sections")}</p>
      </EmptyState>
    </>
  );
}
