import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCampaigns } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { localName } from "@/i18n/local-name";

export default async function CampaignsPage() {
  await requirePageUser("campaign:manage");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const campaigns = await listCampaigns();
  return (
    <>
      <PageHeader title={t("campaigns.title")} intro={t("campaigns.intro")}>
        <Link href="/admin/campaigns/new" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white" data-testid="new-campaign">
          {t("campaigns.new.title")}
        </Link>
      </PageHeader>
      {campaigns.length === 0 ? (
        <EmptyState>{t("campaigns.empty")}</EmptyState>
      ) : (
        <Table head={[t("campaigns.name"), t("campaigns.dates"), t("campaigns.status"), t("campaigns.units"), t("campaigns.groups")]}>
          {campaigns.map((c) => (
            <tr key={c.id} data-testid="campaign">
              <Cell>
                <Link href={`/admin/campaigns/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline">{localName(c, zh)}</Link>
              </Cell>
              <Cell>{isoDate(c.startsOn)} – {isoDate(c.endsOn)}</Cell>
              <Cell>{t(`campaignStatus.${c.status}`)}</Cell>
              <Cell>{c._count.units}</Cell>
              <Cell>{c.groups.map((g) => localName(g, zh)).join(", ") || "—"}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
