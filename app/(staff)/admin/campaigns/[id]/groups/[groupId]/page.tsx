import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { groupMembersAction, groupUnitsAction, renameGroupAction } from "@/app/(staff)/admin/campaigns/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { VisitSchedule } from "@/components/admin/VisitSchedule";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { groupForAdmin, memberChoices } from "@/lib/groups/queries";
import { groupSchedule, linkableSessions } from "@/lib/visits/queries";
import { localName } from "@/i18n/local-name";

const box = "rounded-lg border border-slate-200 bg-white p-4";

export default async function GroupPage({ params }: { params: Promise<{ id: string; groupId: string }> }) {
  const user = await requirePageUser("campaign:manage");
  const { id, groupId } = await params;
  const t = await getTranslations();
  const campaignsTexts = await formTexts("campaigns");
  const zh = (await getLocale()) === "zh";
  const group = await groupForAdmin(groupId);
  if (!group || group.campaign.id !== id) notFound();
  const [staff, schedule] = await Promise.all([memberChoices(), groupSchedule(user.id, groupId)]);
  const members = new Set(group.members.map((m) => m.userId));
  const lead = group.members.find((m) => m.isLead)?.userId ?? "";
  const units = new Set(group.units.map((u) => u.unitId));
  const campaignUnits = group.campaign.units.map((u) => u.unit).sort((a, b) => a.code.localeCompare(b.code));
  const sessions = await linkableSessions(id, [...units]);
  return (
    <>
      <PageHeader title={localName(group, zh)} intro={localName(group.campaign, zh)}>
        <Link href={`/admin/campaigns/${id}`} className="text-sm text-brand-700 underline">{t("campaigns.backToCampaign")}</Link>
      </PageHeader>
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <ActionForm action={renameGroupAction} texts={campaignsTexts} id="rename-group" submitLabel={t("campaigns.save")} resetOnSuccess={false} className={box}>
          <h2 className="mb-2 font-semibold">{t("campaigns.groupNames")}</h2>
          <input type="hidden" name="groupId" value={groupId} />
          <FormField name="name" label={t("campaigns.form.nameEn")}><input name="name" defaultValue={group.name} className={fieldClass} /></FormField>
          <FormField name="nameZh" label={t("campaigns.form.nameZh")}><input name="nameZh" defaultValue={group.nameZh} className={fieldClass} lang="zh-CN" /></FormField>
        </ActionForm>
        <ActionForm action={groupMembersAction} texts={campaignsTexts} id="group-members" submitLabel={t("campaigns.save")} resetOnSuccess={false} className={box}>
          <h2 className="mb-2 font-semibold">{t("campaigns.members")}</h2>
          <input type="hidden" name="groupId" value={groupId} />
          <FormField name="memberIds" label={t("campaigns.members")} group>
            {staff.map((s) => (
              <label key={s.id} className="flex items-center gap-2">
                <input type="checkbox" name="memberIds" value={s.id} defaultChecked={members.has(s.id)} data-testid={`member-${s.email}`} />
                {s.name} <span className="text-slate-500">({t(`roles.${s.role}`)})</span>
              </label>
            ))}
          </FormField>
          <FormField name="leadId" label={t("campaigns.lead")} className="mt-2">
            <select name="leadId" defaultValue={lead} className={fieldClass} data-testid="group-lead">
              <option value="">{t("campaigns.noLead")}</option>
              {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </FormField>
        </ActionForm>
        <ActionForm action={groupUnitsAction} texts={campaignsTexts} id="group-units" submitLabel={t("campaigns.save")} resetOnSuccess={false} className={box}>
          <h2 className="mb-2 font-semibold">{t("campaigns.groupUnits")}</h2>
          <input type="hidden" name="groupId" value={groupId} />
          <FormField name="unitIds" label={t("campaigns.groupUnitsHint")} group>
            {campaignUnits.map((u) => (
              <label key={u.id} className="flex items-center gap-2">
                <input type="checkbox" name="unitIds" value={u.id} defaultChecked={units.has(u.id)} data-testid={`group-unit-${u.code}`} />
                {u.code} · {localName(u, zh)}
              </label>
            ))}
          </FormField>
        </ActionForm>
      </div>
      <h2 className="mb-2 text-lg font-semibold">{t("visits.title")}</h2>
      {schedule && schedule.units.length > 0 ? (
        <VisitSchedule groupId={groupId} campaign={group.campaign} visits={schedule.units} sessions={sessions} canEdit />
      ) : (
        <p className="text-sm text-slate-600">{t("visits.noUnits")}</p>
      )}
    </>
  );
}
