import { getLocale, getTranslations } from "next-intl/server";
import { FormField, fieldClass } from "@/components/admin/ActionForm";
import { ROLES } from "@/lib/auth/permissions";
import { localName } from "@/i18n/local-name";

// Role and home unit, shared by the create and edit forms of a staff account.

export async function UserRoleFields({ units, role, unitId }: { units: { id: string; code: string; name: string; nameZh: string }[]; role?: string; unitId?: string | null }) {
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  return (
    <>
      <FormField name="role" label={t("users.role")}>
        <select name="role" defaultValue={role ?? ""} className={fieldClass} data-testid="user-role">
          <option value="" disabled>{t("users.form.chooseRole")}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
      </FormField>
      <FormField name="unitId" label={t("users.form.homeUnit")}>
        <select name="unitId" defaultValue={unitId ?? ""} className={fieldClass} data-testid="user-unit">
          <option value="">{t("users.form.noUnit")}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{`${u.code} · ${localName(u, zh)}`}</option>)}
        </select>
        <span className="text-slate-500">{t("users.form.homeUnitHint")}</span>
      </FormField>
    </>
  );
}
