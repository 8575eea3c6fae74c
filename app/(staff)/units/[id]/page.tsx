import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, StatCard } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { getUnit } from "@/lib/units/queries";
import { localName } from "@/i18n/local-name";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const unit = await getUnit(await scopeOf(user), id);
  if (!unit) notFound();
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  return (
    <>
      <PageHeader title={localName(unit, zh)} intro={t(`unitTypes.${unit.type}`)}>
        <Link href="/units" className="text-sm text-brand-700 hover:underline">
          ← {t("units.back")}
        </Link>
      </PageHeader>
      {/* Response counts live only in the dashboards, where small groups are protected. */}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <StatCard label={t("units.headcount")} value={unit.headcount ?? t("units.none")} />
        <StatCard label={t("units.sessions")} value={unit._count.sessions} />
      </div>
      <h2 className="mt-8 mb-2 text-lg font-semibold">{t("units.groups")}</h2>
      <ul className="list-inside list-disc text-sm text-slate-700">
        {unit.groupUnits.map((gu) => (
          <li key={gu.group.name}>
            {localName(gu.group, zh)}
            {gu.visitOn ? ` · ${isoDate(gu.visitOn)}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
