import { getLocale, getTranslations } from "next-intl/server";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCampaigns } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";

export default async function CampaignsPage() {
  await requirePageUser("campaign:manage");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const campaigns = await listCampaigns();
  return (
    <>
      <PageHeader title={t("campaigns.title")} intro={t("campaigns.intro")} />
      {campaigns.length === 0 ? (
        <EmptyState>{t("campaigns.empty")}</EmptyState>
      ) : (
        campaigns.map((c) => (
          <section key={c.id} className="mb-8" data-testid="campaign">
            <h2 className="mb-1 text-lg font-semibold">{zh ? c.nameZh : c.name}</h2>
            <p className="mb-3 text-sm text-slate-600">
              {isoDate(c.startsOn)} – {isoDate(c.endsOn)} · {t(`campaignStatus.${c.status}`)} · {t("campaigns.units")}: {c._count.units}
            </p>
            <Table head={[t("campaigns.group"), t("campaigns.members"), t("campaigns.units")]}>
              {c.groups.map((g) => (
                <tr key={g.id}>
                  <Cell>{zh ? g.nameZh : g.name}</Cell>
                  <Cell>{g.members.map((m) => m.user.name + (m.isLead ? " ★" : "")).join(", ")}</Cell>
                  <Cell>{g._count.units}</Cell>
                </tr>
              ))}
            </Table>
          </section>
        ))
      )}
    </>
  );
}
