import { getLocale, getTranslations } from "next-intl/server";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/queries";

export default async function UsersPage() {
  await requirePageUser("user:manage");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const users = await listUsers();
  return (
    <>
      <PageHeader title={t("users.title")} intro={t("users.intro")} />
      {users.length === 0 ? (
        <EmptyState>{t("users.empty")}</EmptyState>
      ) : (
        <Table head={[t("users.name"), t("users.email"), t("users.role"), t("users.unit"), t("users.active")]}>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <Cell>{u.name}</Cell>
              <Cell>{u.email}</Cell>
              <Cell>{t(`roles.${u.role}`)}</Cell>
              <Cell>{u.unit ? (zh ? u.unit.nameZh : u.unit.name) : "—"}</Cell>
              <Cell>{u.active ? t("users.yes") : t("users.no")}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
