import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { createCampaignAction } from "@/app/(staff)/admin/campaigns/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { CampaignFields } from "@/components/admin/CampaignFields";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCampaigns, questionnaireVersionChoices } from "@/lib/campaigns/queries";
import { adminUnitTree } from "@/lib/units/admin-queries";
import { localName } from "@/i18n/local-name";

export default async function NewCampaignPage() {
  await requirePageUser("campaign:manage");
  const t = await getTranslations("campaigns");
  const campaignsTexts = await formTexts("campaigns");
  const zh = (await getLocale()) === "zh";
  const [tree, versions, campaigns] = await Promise.all([adminUnitTree(), questionnaireVersionChoices(), listCampaigns()]);
  return (
    <>
      <PageHeader title={t("new.title")} intro={t("new.intro")}>
        <Link href="/admin/campaigns" className="text-sm text-brand-700 underline">{t("back")}</Link>
      </PageHeader>
      <ActionForm action={createCampaignAction} texts={campaignsTexts} id="create-campaign" submitLabel={t("new.submit")} redirectTo="/admin/campaigns" className="rounded-lg border border-slate-200 bg-white p-4">
        <CampaignFields tree={tree} />
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <FormField name="questionnaireVersionId" label={t("new.questionnaire")}>
            <select name="questionnaireVersionId" className={fieldClass} defaultValue="">
              <option value="">{t("new.noQuestionnaire")}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>{`${localName(v.questionnaire.campaign, zh)} · ${v.title} · v${v.version}`}</option>
              ))}
            </select>
          </FormField>
          <FormField name="copyFromId" label={t("new.copyFrom")}>
            <select name="copyFromId" className={fieldClass} defaultValue="">
              <option value="">{t("new.noCopy")}</option>
              {campaigns.map((c) => <option key={c.id} value={c.id}>{localName(c, zh)}</option>)}
            </select>
          </FormField>
        </div>
        <p className="mt-2 text-sm text-slate-600">{t("new.copyHint")}</p>
      </ActionForm>
    </>
  );
}
