import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { createUserAction } from "@/app/(staff)/admin/users/actions";
import { FormField, fieldClass } from "@/components/admin/ActionForm";
import { formTexts } from "@/components/admin/form-texts";
import { SetupLinkForm } from "@/components/admin/SetupLinkForm";
import { UserRoleFields } from "@/components/admin/UserFields";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { currentCampaign } from "@/lib/campaigns/queries";
import { groupChoices, homeUnitChoices, listUsers } from "@/lib/users/queries";
import { localName } from "@/i18n/local-name";

export default async function UsersPage() {
  const user = await requirePageUser("user:manage");
  const t = await getTranslations();
  const usersTexts = await formTexts("users");
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign(user);
  const [users, units, groups] = await Promise.all([listUsers(), homeUnitChoices(), campaign ? groupChoices(campaign.id) : []]);
  return (
    <>
      <PageHeader title={t("users.title")} intro={t("users.intro")} />
      <SetupLinkForm texts={usersTexts} action={createUserAction} id="create-user" submitLabel={t("users.form.create")} className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 text-lg font-semibold">{t("users.form.createTitle")}</h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField name="name" label={t("users.name")}><input name="name" className={fieldClass} maxLength={120} /></FormField>
          <FormField name="email" label={t("users.email")}><input name="email" type="email" className={fieldClass} maxLength={200} /></FormField>
          <UserRoleFields units={units} />
          {groups.length > 0 ? (
            <FormField name="groupIds" label={t("users.form.groups", { campaign: campaign ? localName(campaign, zh) : "" })} group className="sm:col-span-2">
              {groups.map((g) => (
                <label key={g.id} className="flex items-center gap-2">
                  <input type="checkbox" name="groupIds" value={g.id} />
                  {localName(g, zh)}
                </label>
              ))}
            </FormField>
          ) : null}
        </div>
      </SetupLinkForm>
      {users.length === 0 ? (
        <EmptyState>{t("users.empty")}</EmptyState>
      ) : (
        <Table head={[t("users.name"), t("users.email"), t("users.role"), t("users.unit"), t("users.active")]}>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <Cell>
                <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline-offset-2 hover:underline">{u.name}</Link>
              </Cell>
              <Cell>{u.email}</Cell>
              <Cell>{t(`roles.${u.role}`)}</Cell>
              <Cell>{u.unit ? localName(u.unit, zh) : "—"}</Cell>
              <Cell>{u.active ? (u.setupPending ? t("users.setupPending") : t("users.yes")) : t("users.no")}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
