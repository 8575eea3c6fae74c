import { getLocale, getTranslations } from "next-intl/server";
import { FormField, fieldClass } from "@/components/admin/ActionForm";
import { UnitPicker } from "@/components/admin/UnitPicker";
import { isoDate } from "@/lib/dates";
import type { AdminUnitRow } from "@/lib/units/admin-queries";

// The fields a campaign's create and edit forms share: names, short name, dates and units.

type Values = { name: string; nameZh: string; slug: string; startsOn: Date | null; endsOn: Date | null; unitIds: string[] };

export async function CampaignFields({ tree, values }: { tree: AdminUnitRow[]; values?: Values }) {
  const t = await getTranslations("campaigns");
  const zh = (await getLocale()) === "zh";
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField name="name" label={t("form.nameEn")}><input name="name" defaultValue={values?.name} className={fieldClass} maxLength={160} /></FormField>
      <FormField name="nameZh" label={t("form.nameZh")}><input name="nameZh" defaultValue={values?.nameZh} className={fieldClass} maxLength={160} lang="zh-CN" /></FormField>
      <FormField name="slug" label={t("form.slug")}>
        <input name="slug" defaultValue={values?.slug} className={fieldClass} maxLength={60} aria-describedby="slug-hint" />
        <span id="slug-hint" className="text-slate-500">{t("form.slugHint")}</span>
      </FormField>
      <div className="grid grid-cols-2 gap-3">
        <FormField name="startsOn" label={t("form.startsOn")}><input type="date" name="startsOn" defaultValue={isoDate(values?.startsOn)} className={fieldClass} /></FormField>
        <FormField name="endsOn" label={t("form.endsOn")}><input type="date" name="endsOn" defaultValue={isoDate(values?.endsOn)} className={fieldClass} /></FormField>
      </div>
      <FormField name="unitIds" label={t("form.units")} group className="sm:col-span-2">
        <span className="text-slate-500">{t("form.unitsHint")}</span>
        <UnitPicker tree={tree} chosen={new Set(values?.unitIds ?? [])} zh={zh} labels={{ unit: t("form.unit"), subtree: t("form.subtree") }} />
      </FormField>
    </div>
  );
}
