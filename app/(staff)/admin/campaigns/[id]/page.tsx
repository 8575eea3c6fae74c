import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { campaignStatusAction, createGroupAction, updateCampaignAction } from "@/app/(staff)/admin/campaigns/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { CampaignFields } from "@/components/admin/CampaignFields";
import { Cell, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { allowedTransitions, type CampaignStatusName } from "@/lib/campaigns/lifecycle";
import { campaignForAdmin } from "@/lib/campaigns/queries";
import { isoDate, todayUtc } from "@/lib/dates";
import { campaignGroups } from "@/lib/groups/queries";
import { adminUnitTree } from "@/lib/units/admin-queries";
import { groupProgress, visitState } from "@/lib/visits/schedule";
import { localName } from "@/i18n/local-name";

const box = "rounded-lg border border-slate-200 bg-white p-4";

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("campaign:manage");
  const { id } = await params;
  const t = await getTranslations();
  const campaignsTexts = await formTexts("campaigns");
  const zh = (await getLocale()) === "zh";
  const campaign = await campaignForAdmin(id);
  if (!campaign) notFound();
  const [tree, groups] = await Promise.all([adminUnitTree(), campaignGroups(id)]);
  const today = todayUtc();
  return (
    <>
      <PageHeader
        title={localName(campaign, zh)}
        intro={`${isoDate(campaign.startsOn)} – ${isoDate(campaign.endsOn)} · ${t(`campaignStatus.${campaign.status}`)} · /survey/${campaign.slug}`}
      >
        <Link href="/admin/campaigns" className="text-sm text-brand-700 underline">{t("campaigns.back")}</Link>
      </PageHeader>

      <section className={`${box} mb-6`} data-testid="campaign-lifecycle">
        <h2 className="mb-1 text-lg font-semibold">{t("campaigns.lifecycle.title")}</h2>
        <p className="mb-2 text-sm text-slate-600">{t("campaigns.lifecycle.intro")}</p>
        <p className="mb-2 text-sm" data-testid="campaign-status">{t("campaigns.lifecycle.now", { status: t(`campaignStatus.${campaign.status}`) })}</p>
        <div className="flex flex-wrap gap-3">
          {allowedTransitions(campaign.status as CampaignStatusName).map((to) => (
            <ActionForm key={to} action={campaignStatusAction} texts={campaignsTexts} id={`status-${to}`} submitLabel={t(`campaigns.lifecycle.to.${to}`)} confirm={t(`campaigns.lifecycle.confirm.${to}`)}>
              <input type="hidden" name="id" value={campaign.id} />
              <input type="hidden" name="status" value={to} />
            </ActionForm>
          ))}
        </div>
      </section>

      <section className="mb-6" data-testid="campaign-progress">
        <h2 className="mb-2 text-lg font-semibold">{t("campaigns.groupsTitle")}</h2>
        <Table head={[t("campaigns.group"), t("campaigns.lead"), t("campaigns.members"), t("campaigns.progress"), t("campaigns.overdue")]}>
          {groups.map((g) => {
            const progress = groupProgress(g.units);
            const overdue = g.units.filter((u) => visitState(u, today) === "overdue").length;
            return (
              <tr key={g.id} data-testid="group-row">
                <Cell>
                  <Link href={`/admin/campaigns/${campaign.id}/groups/${g.id}`} className="text-brand-700 underline-offset-2 hover:underline">{localName(g, zh)}</Link>
                </Cell>
                <Cell>{g.members.find((m) => m.isLead)?.user.name ?? "—"}</Cell>
                <Cell>{g.members.length}</Cell>
                <Cell>{t("campaigns.visitedOf", progress)}</Cell>
                <Cell className={overdue > 0 ? "font-semibold text-red-700" : ""}>{overdue}</Cell>
              </tr>
            );
          })}
        </Table>
        <ActionForm action={createGroupAction} texts={campaignsTexts} id="create-group" submitLabel={t("campaigns.newGroup.submit")} className={`${box} mt-3`}>
          <h3 className="mb-2 font-semibold">{t("campaigns.newGroup.title")}</h3>
          <input type="hidden" name="campaignId" value={campaign.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField name="name" label={t("campaigns.form.nameEn")}><input name="name" className={fieldClass} maxLength={120} /></FormField>
            <FormField name="nameZh" label={t("campaigns.form.nameZh")}><input name="nameZh" className={fieldClass} maxLength={120} lang="zh-CN" /></FormField>
          </div>
        </ActionForm>
      </section>

      <ActionForm action={updateCampaignAction} texts={campaignsTexts} id="edit-campaign" submitLabel={t("campaigns.edit.submit")} resetOnSuccess={false} className={box}>
        <h2 className="mb-3 text-lg font-semibold">{t("campaigns.edit.title")}</h2>
        <input type="hidden" name="id" value={campaign.id} />
        <CampaignFields tree={tree} values={{ ...campaign, unitIds: campaign.units.map((u) => u.unitId) }} />
      </ActionForm>
    </>
  );
}
