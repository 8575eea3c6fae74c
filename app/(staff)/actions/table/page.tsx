import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionTabs } from "@/components/problems/ActionTabs";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { FilterSelect, secondaryButtonClass } from "@/components/ui/form-parts";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { inScope, scopeOf } from "@/lib/auth/scope";
import { CATEGORIES } from "@/lib/classification/taxonomy";
import { currentCampaign, listCampaigns } from "@/lib/campaigns/queries";
import { listUnits } from "@/lib/units/queries";
import { tableActions } from "@/lib/actions/queries";
import { ACTION_STATUSES, tableQuerySchema, TABLE_SORTS, type TableQuery } from "@/lib/actions/schemas";
import { localName, localTitle } from "@/i18n/local-name";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActionTablePage({ searchParams }: Props) {
  const user = await requirePageUser("action:view");
  const t = await getTranslations("actions");
  const zh = (await getLocale()) === "zh";
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = tableQuerySchema.parse(raw);
  const scope = await scopeOf(user);
  // A unit outside the reader's scope is dropped, like any malformed filter.
  if (query.unit && !inScope(scope, query.unit)) query.unit = undefined;
  const [campaigns, current, units] = await Promise.all([listCampaigns(), currentCampaign(user), listUnits(scope)]);
  const campaignId = campaigns.some((c) => c.id === query.campaign) ? query.campaign! : current?.id;
  const data = campaignId ? await tableActions(campaignId, query) : null;
  const href = (change: Partial<TableQuery>) => {
    const merged = { ...query, ...change };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
    return `/actions/table${params.size ? `?${params}` : ""}`;
  };
  const sortLink = (key: (typeof TABLE_SORTS)[number], label: string) => {
    const active = (query.sort ?? "number") === key;
    const dir = active && (query.dir ?? "asc") === "asc" ? "desc" : "asc";
    return (
      <Link href={href({ sort: key, dir, page: undefined })} className="hover:underline" aria-sort={undefined}>
        {label}
        {active ? ((query.dir ?? "asc") === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    );
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("table.intro")} />
      <ActionTabs current="table" canManage={can(user.role, "action:manage")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" data-testid="table-filters">
        <FilterSelect name="campaign" label={t("table.campaign")} value={campaignId ?? ""} options={campaigns.map((c) => [c.id, localName(c, zh)])} />
        <FilterSelect name="category" label={t("table.category")} value={query.category ?? ""} any={t("table.any")} options={CATEGORIES.map((c) => [c, t(`categories.${c}`)])} />
        <FilterSelect name="unit" label={t("table.unit")} value={query.unit ?? ""} any={t("table.any")} options={units.map((u) => [u.id, localName(u, zh)])} />
        <FilterSelect name="owner" label={t("table.owner")} value={query.owner ?? ""} any={t("table.any")} options={(data?.owners ?? []).map((o) => [o, o])} />
        <FilterSelect name="status" label={t("table.status")} value={query.status ?? ""} any={t("table.any")} options={ACTION_STATUSES.map((s) => [s, t(`statuses.${s}`)])} />
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={!!query.overdue} />
          {t("table.overdueOnly")}
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t("table.apply")}
        </button>
      </form>
      {!data || data.rows.length === 0 ? (
        <EmptyState>{t("table.none")}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600" data-testid="table-count">
            {t("table.count", { count: data.total })}
          </p>
          <Table
            caption={t("table.caption")}
            head={[
              sortLink("number", t("table.number")),
              sortLink("title", t("table.action")),
              t("table.problems"),
              sortLink("owner", t("table.owner")),
              sortLink("due", t("table.due")),
              sortLink("status", t("table.status")),
            ]}
          >
            {data.rows.map((a) => (
              <tr key={a.id} data-testid="action-row" data-overdue={a.overdue ? "true" : undefined} className={a.overdue ? "bg-red-50" : ""}>
                <Cell>{a.number ?? "—"}</Cell>
                <Cell>
                  <Link href={`/actions/${a.id}`} className="text-brand-800 hover:underline">
                    {localTitle(a, zh)}
                  </Link>
                </Cell>
                <Cell>{a.problems.map((p) => localTitle(p, zh)).join("; ")}</Cell>
                <Cell>{a.ownerName}</Cell>
                <Cell className={`whitespace-nowrap ${a.overdue ? "font-semibold text-red-700" : ""}`}>
                  {a.dueOn ? (a.overdue ? t("overdueOn", { date: a.dueOn }) : a.dueOn) : "—"}
                </Cell>
                <Cell>{t(`statuses.${a.status}`)}</Cell>
              </tr>
            ))}
          </Table>
          <nav aria-label={t("table.pages")} className="mt-3 flex items-center gap-3 text-sm">
            {data.page > 1 ? <Link href={href({ page: data.page - 1 })}>{t("table.previous")}</Link> : null}
            <span>{t("table.page", { page: data.page, pages: data.pages })}</span>
            {data.page < data.pages ? <Link href={href({ page: data.page + 1 })}>{t("table.next")}</Link> : null}
          </nav>
        </>
      )}
    </>
  );
}
