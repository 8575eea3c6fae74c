import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { createUnitAction, importUnitsAction } from "@/app/(staff)/admin/units/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { UnitImportForm } from "@/components/admin/UnitImportForm";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { adminUnitTree } from "@/lib/units/admin-queries";
import { UNIT_TYPES } from "@/lib/units/tree";
import { localName } from "@/i18n/local-name";

export default async function AdminUnitsPage() {
  await requirePageUser("unit:manage");
  const t = await getTranslations();
  const unitsTexts = await formTexts("units");
  const zh = (await getLocale()) === "zh";
  const tree = await adminUnitTree();
  const label = (u: { code: string; name: string; nameZh: string }) => `${u.code} · ${localName(u, zh)}`;
  return (
    <>
      <PageHeader title={t("units.admin.title")} intro={t("units.admin.intro")} />
      <section className="mb-8 grid gap-6 lg:grid-cols-2">
        <ActionForm action={createUnitAction} texts={unitsTexts} id="create-unit" submitLabel={t("units.admin.create")} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 text-lg font-semibold">{t("units.admin.createTitle")}</h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField name="code" label={t("units.admin.code")}>
              <input name="code" className={fieldClass} maxLength={40} />
            </FormField>
            <FormField name="type" label={t("units.type")}>
              <select name="type" className={fieldClass} defaultValue="">
                <option value="" disabled>{t("units.admin.chooseType")}</option>
                {UNIT_TYPES.map((type) => <option key={type} value={type}>{t(`unitTypes.${type}`)}</option>)}
              </select>
            </FormField>
            <FormField name="name" label={t("units.admin.nameEn")}>
              <input name="name" className={fieldClass} maxLength={120} />
            </FormField>
            <FormField name="nameZh" label={t("units.admin.nameZh")}>
              <input name="nameZh" className={fieldClass} maxLength={120} lang="zh-CN" />
            </FormField>
            <FormField name="parentId" label={t("units.parent")} className="sm:col-span-2">
              <select name="parentId" className={fieldClass} defaultValue="">
                <option value="">{t("units.admin.noParent")}</option>
                {tree.filter((e) => !e.unit.retired).map(({ unit, depth }) => (
                  <option key={unit.id} value={unit.id}>{"\u00a0\u00a0".repeat(depth) + label(unit)}</option>
                ))}
              </select>
            </FormField>
          </div>
        </ActionForm>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-1 text-lg font-semibold">{t("units.admin.importTitle")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("units.admin.importIntro")}</p>
          <p className="mb-3 flex gap-4 text-sm">
            <a className="text-brand-700 underline" href="/api/admin/units/template?format=csv" data-testid="unit-template-csv">{t("units.admin.templateCsv")}</a>
            <a className="text-brand-700 underline" href="/api/admin/units/template?format=xlsx" data-testid="unit-template-xlsx">{t("units.admin.templateXlsx")}</a>
          </p>
          <UnitImportForm action={importUnitsAction} />
        </div>
      </section>
      {tree.length === 0 ? (
        <EmptyState>{t("units.admin.empty")}</EmptyState>
      ) : (
        <Table head={[t("units.admin.code"), t("units.name"), t("units.type"), t("units.admin.uses"), t("units.admin.state")]}>
          {tree.map(({ unit, depth }) => (
            <tr key={unit.id} data-testid="admin-unit-row" className={unit.retired ? "text-slate-500" : ""}>
              <Cell>{unit.code}</Cell>
              <Cell>
                <span style={{ paddingLeft: `${depth * 1.25}rem` }}>
                  <Link className="text-brand-700 underline underline-offset-2" href={`/admin/units/${unit.id}`}>
                    {localName(unit, zh)}
                  </Link>
                  <span className="ml-2 text-slate-500">{zh ? unit.name : unit.nameZh}</span>
                </span>
              </Cell>
              <Cell>{t(`unitTypes.${unit.type}`)}</Cell>
              <Cell>{t("units.admin.usesValue", { responses: unit._count.responses, sessions: unit._count.sessions, users: unit._count.users })}</Cell>
              <Cell>{unit.retired ? t("units.admin.retired") : t("units.admin.inUse")}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
