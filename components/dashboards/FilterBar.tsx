import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { UNIT_TYPES } from "@/lib/dashboards/filters";
import type { DashboardData } from "@/lib/dashboards/types";
import { inputClass } from "@/components/ui/form-parts";
import { localName } from "@/i18n/local-name";

// The filters are a plain GET form: they work without JavaScript, and the URL is the view (it can
// be bookmarked or sent to a colleague, who still sees only their own scope).

export function FilterBar({ data }: { data: DashboardData }) {
  const t = useTranslations();
  const zh = useLocale() === "zh";
  const f = data.filters;
  const campaignId = data.campaign?.id ?? "";
  const depth = new Map<string, number>();
  for (const unit of data.options.units)
    depth.set(unit.id, unit.parentId && depth.has(unit.parentId) ? depth.get(unit.parentId)! + 1 : 0);
  const campaigns = data.options.campaigns.map((c) => ({ value: c.id, label: localName(c, zh) }));
  const selects: FilterSelectProps[] = [
    { name: "campaign", label: t("dashboards.filters.campaign"), value: campaignId, options: campaigns },
    {
      name: "unit",
      label: t("dashboards.filters.unit"),
      value: f.unit ?? "",
      all: t("dashboards.filters.allUnits"),
      options: data.options.units.map((u) => ({ value: u.id, label: "\u00a0\u00a0".repeat(depth.get(u.id) ?? 0) + localName(u, zh) })),
    },
    {
      name: "unitType",
      label: t("dashboards.filters.unitType"),
      value: f.unitType ?? "",
      all: t("dashboards.filters.allTypes"),
      options: UNIT_TYPES.map((type) => ({ value: type, label: t(`unitTypes.${type}`) })),
    },
    { name: "role", label: t("dashboards.filters.role"), value: f.role ?? "", all: t("dashboards.filters.allRoles"), options: data.options.roles },
    { name: "service", label: t("dashboards.filters.service"), value: f.service ?? "", all: t("dashboards.filters.allServices"), options: data.options.services },
  ];
  return (
    <form
      method="get"
      action="/dashboards"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={t("dashboards.filters.legend")}
      data-testid="dashboard-filters"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        {selects.map((select) => (
          <FilterSelect key={select.name} {...select} />
        ))}
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

type FilterSelectProps = {
  name: string;
  label: string;
  value: string;
  /** The first choice, which filters nothing (value ""); none for the campaign, which is always one. */
  all?: string;
  options: { value: string; label: string }[];
};

function FilterSelect({ name, label, value, all, options }: FilterSelectProps) {
  return (
    <label className="text-sm font-medium text-slate-700">
      {label}
      <select name={name} defaultValue={value} className={`${inputClass} mt-1`}>
        {all === undefined ? null : <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
