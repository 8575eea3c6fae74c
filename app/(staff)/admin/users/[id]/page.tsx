import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "@/app/(staff)/admin/users/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { SetupLinkForm } from "@/components/admin/SetupLinkForm";
import { UserRoleFields } from "@/components/admin/UserFields";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { homeUnitChoices, userForAdmin } from "@/lib/users/queries";
import { localName } from "@/i18n/local-name";

const box = "rounded-lg border border-slate-200 bg-white p-4";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("user:manage");
  const { id } = await params;
  const t = await getTranslations();
  const usersTexts = await formTexts("users");
  const zh = (await getLocale()) === "zh";
  const [account, units] = await Promise.all([userForAdmin(id), homeUnitChoices()]);
  if (!account) notFound();
  return (
    <>
      <PageHeader title={account.name} intro={`${account.email} · ${t(`roles.${account.role}`)} · ${account.active ? t("users.activeState") : t("users.inactiveState")}`}>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">{t("users.back")}</Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <ActionForm action={updateUserAction} texts={usersTexts} id="edit-user" submitLabel={t("users.form.save")} resetOnSuccess={false} className={box}>
          <h2 className="mb-3 text-lg font-semibold">{t("users.form.editTitle")}</h2>
          <input type="hidden" name="id" value={account.id} />
          <div className="grid gap-3">
            <FormField name="name" label={t("users.name")}><input name="name" defaultValue={account.name} className={fieldClass} maxLength={120} /></FormField>
            <UserRoleFields units={units} role={account.role} unitId={account.unitId} />
          </div>
        </ActionForm>
        <div className="grid gap-6">
          <ActionForm action={setUserActiveAction} texts={usersTexts} id="user-active" submitLabel={account.active ? t("users.form.deactivate") : t("users.form.reactivate")} confirm={account.active ? t("users.form.deactivateConfirm") : undefined} className={box}>
            <h2 className="mb-1 text-lg font-semibold">{t("users.form.activeTitle")}</h2>
            <p className="text-sm text-slate-600">{t("users.form.activeIntro")}</p>
            <input type="hidden" name="id" value={account.id} />
            <input type="hidden" name="active" value={account.active ? "false" : "true"} />
          </ActionForm>
          {account.active ? (
            <SetupLinkForm texts={usersTexts} action={resetPasswordAction} id="reset-password" submitLabel={t("users.form.reset")} confirm={t("users.form.resetConfirm")} className={box}>
              <h2 className="mb-1 text-lg font-semibold">{t("users.form.resetTitle")}</h2>
              <p className="text-sm text-slate-600">{t("users.form.resetIntro")}</p>
              <input type="hidden" name="id" value={account.id} />
            </SetupLinkForm>
          ) : null}
          <section className={box}>
            <h2 className="mb-1 text-lg font-semibold">{t("users.groupsTitle")}</h2>
            <ul className="list-disc pl-5 text-sm">
              {account.groupMemberships.map((m, i) => (
                <li key={i}>{`${localName(m.group.campaign, zh)}: ${localName(m.group, zh)}${m.isLead ? ` (${t("campaigns.lead")})` : ""}`}</li>
              ))}
              {account.groupMemberships.length === 0 ? <li>—</li> : null}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
