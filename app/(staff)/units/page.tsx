import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { listUnits } from "@/lib/units/queries";
import { localName } from "@/i18n/local-name";

export default async function UnitsPage() {
  const user = await requirePageUser();
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const units = await listUnits(await scopeOf(user));
  return (
    <>
      <PageHeader title={t("units.title")} intro={t("units.intro")} />
      {units.length === 0 ? (
        <EmptyState>{t("units.empty")}</EmptyState>
      ) : (
        <Table head={[t("units.name"), t("units.type"), t("units.parent"), t("units.headcount")]}>
          {units.map((unit) => (
            <tr key={unit.id} data-testid="unit-row">
              <Cell>
                <Link className="text-brand-700 underline-offset-2 hover:underline" href={`/units/${unit.id}`}>
                  {localName(unit, zh)}
                </Link>
              </Cell>
              <Cell>{t(`unitTypes.${unit.type}`)}</Cell>
              <Cell>{unit.parent ? localName(unit.parent, zh) : t("units.none")}</Cell>
              <Cell>{unit.headcount ?? t("units.none")}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
