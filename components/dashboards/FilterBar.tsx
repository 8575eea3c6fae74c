import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { UNIT_TYPES } from "@/lib/dashboards/filters";
import type { DashboardData } from "@/lib/dashboards/types";
import { localName } from "@/i18n/local-name";

// The filters are a plain GET form: they work without JavaScript, and the URL is the view (it can
// be bookmarked or sent to a colleague, who still sees only their own scope).

export function FilterBar({ data }: { data: DashboardData }) {
  const t = useTranslations();
  const zh = useLocale() === "zh";
  const f = data.filters;
  const campaignId = data.campaign?.id ?? "";
  const select = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const depth = new Map<string, number>();
  for (const unit of data.options.units)
    depth.set(unit.id, unit.parentId && depth.has(unit.parentId) ? depth.get(unit.parentId)! + 1 : 0);
  return (
    <form
      method="get"
      action="/dashboards"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={t("dashboards.filters.legend")}
      data-testid="dashboard-filters"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.campaign")}
          <select name="campaign" defaultValue={campaignId} className={select}>
            {data.options.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {localName(c, zh)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.compare")}
          <select name="compare" defaultValue={f.compare ?? ""} className={select}>
            <option value="">{t("dashboards.filters.compareNone")}</option>
            {data.options.campaigns
              .filter((c) => c.id !== campaignId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {localName(c, zh)}
                </option>
              ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.unit")}
          <select name="unit" defaultValue={f.unit ?? ""} className={select}>
            <option value="">{t("dashboards.filters.allUnits")}</option>
            {data.options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00a0\u00a0".repeat(depth.get(u.id) ?? 0) + localName(u, zh)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.unitType")}
          <select name="unitType" defaultValue={f.unitType ?? ""} className={select}>
            <option value="">{t("dashboards.filters.allTypes")}</option>
            {UNIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`unitTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.role")}
          <select name="role" defaultValue={f.role ?? ""} className={select}>
            <option value="">{t("dashboards.filters.allRoles")}</option>
            {data.options.roles.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("dashboards.filters.service")}
          <select name="service" defaultValue={f.service ?? ""} className={select}>
            <option value="">{t("dashboards.filters.allServices")}</option>
            {data.options.services.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
        >
          {t("dashboards.filters.apply")}
        </button>
        <Link
          href={campaignId ? `/dashboards?campaign=${campaignId}` : "/dashboards"}
          className="text-sm text-brand-700 underline-offset-2 hover:underline"
        >
          {t("dashboards.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
