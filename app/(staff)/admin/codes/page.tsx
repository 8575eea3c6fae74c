import { getLocale, getTranslations } from "next-intl/server";
import { EraseOrderButton } from "@/components/codes/EraseOrderButton";
import { GenerateBatchForm } from "@/components/codes/GenerateBatchForm";
import { KioskToggle } from "@/components/codes/KioskToggle";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { codeCampaign } from "@/lib/access-codes/kiosk";
import { listBatches, participationByUnit } from "@/lib/access-codes/participation";
import { localName } from "@/i18n/local-name";

export default async function AccessCodesPage() {
  const user = await requirePageUser("codes:issue");
  const t = await getTranslations("codes");
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign(user);
  if (!campaign) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  }
  const scope = await scopeOf(user);
  const [units, batches, settings] = await Promise.all([participationByUnit(campaign.id, scope), listBatches(campaign.id, scope), codeCampaign(campaign.id)]);
  const name = (u: { name: string; nameZh: string }) => localName(u, zh);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <GenerateBatchForm campaignId={campaign.id} units={units.map((u) => ({ id: u.unitId, label: `${name(u)} (${u.code})` }))} zh={zh} />

      <section className="mb-8">
        <h2 className="mb-1 text-lg font-semibold">{t("participation.title")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("participation.intro")}</p>
        <Table head={[t("participation.unit"), t("participation.issued"), t("participation.used"), t("participation.rate")]}>
          {units.map((u) => (
            <tr key={u.unitId} data-testid="participation-row" data-unit={u.code}>
              <Cell>{name(u)}</Cell>
              <Cell>{u.issued}</Cell>
              <Cell>{u.used ?? "–"}</Cell>
              <Cell className="text-slate-700">
                {u.rate !== null ? `${Math.round(u.rate * 100)}%` : <span className="text-slate-500">{u.issued === 0 ? t("participation.none") : u.hidden === "small" ? t("participation.hiddenSmall") : t("participation.hidden")}</span>}
              </Cell>
            </tr>
          ))}
        </Table>
      </section>

      <section className="mb-8">
        <h2 className="mb-3 text-lg font-semibold">{t("batches.title")}</h2>
        {batches.length === 0 ? (
          <EmptyState>{t("batches.empty")}</EmptyState>
        ) : (
          <Table head={[t("batches.unit"), t("batches.size"), t("batches.createdOn"), t("batches.createdBy")]}>
            {batches.map((b) => (
              <tr key={b.id} data-testid="batch-row">
                <Cell>{name(b.unit)}</Cell>
                <Cell>{b.size}</Cell>
                <Cell>{isoDate(b.createdOn)}</Cell>
                <Cell>{b.createdBy?.name ?? "–"}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>

      {settings && can(user.role, "campaign:manage") ? <KioskToggle campaignId={settings.id} open={settings.kioskOpen} address={`/survey/${settings.slug}`} /> : null}
      {can(user.role, "campaign:manage") ? <EraseOrderButton /> : null}
    </>
  );
}
