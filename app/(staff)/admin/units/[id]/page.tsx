import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteUnitAction, moveUnitAction, retireUnitAction, updateUnitAction } from "@/app/(staff)/admin/units/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { adminUnitTree } from "@/lib/units/admin-queries";
import { subtreeIds, UNIT_TYPES } from "@/lib/units/tree";
import { localName } from "@/i18n/local-name";

const box = "rounded-lg border border-slate-200 bg-white p-4";
const danger = "mt-2 inline-flex items-center rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60";

export default async function AdminUnitPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("unit:manage");
  const { id } = await params;
  const t = await getTranslations();
  const unitsTexts = await formTexts("units");
  const zh = (await getLocale()) === "zh";
  const tree = await adminUnitTree();
  const entry = tree.find((e) => e.unit.id === id);
  if (!entry) notFound();
  const unit = entry.unit;
  // Its own subtree is not offered as a new parent (the server refuses it too).
  const below = new Set(subtreeIds(tree.map((e) => e.unit), unit.id));
  return (
    <>
      <PageHeader title={`${unit.code} · ${localName(unit, zh)}`} intro={unit.retired ? t("units.admin.retiredNotice") : undefined}>
        <Link href="/admin/units" className="text-sm text-brand-700 underline">{t("units.admin.back")}</Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <ActionForm action={updateUnitAction} texts={unitsTexts} id="rename-unit" submitLabel={t("units.admin.save")} resetOnSuccess={false} className={box}>
          <h2 className="mb-3 text-lg font-semibold">{t("units.admin.renameTitle")}</h2>
          <input type="hidden" name="id" value={unit.id} />
          <div className="grid gap-3">
            <FormField name="name" label={t("units.admin.nameEn")}><input name="name" defaultValue={unit.name} className={fieldClass} maxLength={120} /></FormField>
            <FormField name="nameZh" label={t("units.admin.nameZh")}><input name="nameZh" defaultValue={unit.nameZh} className={fieldClass} maxLength={120} lang="zh-CN" /></FormField>
            <FormField name="type" label={t("units.type")}>
              <select name="type" defaultValue={unit.type} className={fieldClass}>
                {UNIT_TYPES.map((type) => <option key={type} value={type}>{t(`unitTypes.${type}`)}</option>)}
              </select>
            </FormField>
          </div>
        </ActionForm>
        <ActionForm action={moveUnitAction} texts={unitsTexts} id="move-unit" submitLabel={t("units.admin.move")} resetOnSuccess={false} className={box}>
          <h2 className="mb-3 text-lg font-semibold">{t("units.admin.moveTitle")}</h2>
          <input type="hidden" name="id" value={unit.id} />
          <FormField name="parentId" label={t("units.parent")}>
            <select name="parentId" defaultValue={unit.parentId ?? ""} className={fieldClass}>
              <option value="">{t("units.admin.noParent")}</option>
              {tree.filter((e) => !below.has(e.unit.id)).map(({ unit: u, depth }) => (
                <option key={u.id} value={u.id}>{"\u00a0\u00a0".repeat(depth) + `${u.code} · ${localName(u, zh)}`}</option>
              ))}
            </select>
          </FormField>
        </ActionForm>
        <ActionForm action={retireUnitAction} texts={unitsTexts} id="retire-unit" submitLabel={unit.retired ? t("units.admin.reinstate") : t("units.admin.retire")} className={box}>
          <h2 className="mb-1 text-lg font-semibold">{t("units.admin.retireTitle")}</h2>
          <p className="text-sm text-slate-600">{t("units.admin.retireIntro")}</p>
          <input type="hidden" name="id" value={unit.id} />
          <input type="hidden" name="retired" value={unit.retired ? "false" : "true"} />
        </ActionForm>
        <ActionForm action={deleteUnitAction} texts={unitsTexts} id="delete-unit" submitLabel={t("units.admin.delete")} confirm={t("units.admin.deleteConfirm")} buttonClassName={danger} redirectTo="/admin/units" className={box}>
          <h2 className="mb-1 text-lg font-semibold">{t("units.admin.deleteTitle")}</h2>
          <p className="text-sm text-slate-600">{t("units.admin.deleteIntro", { responses: unit._count.responses, sessions: unit._count.sessions, users: unit._count.users, children: unit._count.children })}</p>
          <input type="hidden" name="id" value={unit.id} />
        </ActionForm>
      </div>
    </>
  );
}
