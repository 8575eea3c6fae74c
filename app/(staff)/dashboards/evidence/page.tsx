import { getLocale, getTranslations } from "next-intl/server";
import { localName, localTitle } from "@/i18n/local-name";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Refusal } from "@/components/dashboards/ChartCard";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { langIfOther } from "@/i18n/text-language";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { ASPECTS } from "@/lib/classification/taxonomy";
import { filterQuery, parseDrillTarget, parseFilters, type DrillTarget } from "@/lib/dashboards/filters";
import { loadEvidence } from "@/lib/dashboards/evidence";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The drill-down behind a dashboard bar or cell: the masked texts it counts, under the same
// scope, filters and protection as the dashboard itself.
export default async function EvidencePage({ searchParams }: Props) {
  const user = await requirePageUser("dashboard:view");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const params = await searchParams;
  const asked = parseFilters(params);
  const filters = { ...asked, campaign: asked.campaign ?? (await currentCampaign(user))?.id ?? null };
  const target = parseDrillTarget(params);
  const back = (
    <Link
      href={`/dashboards${filterQuery(filters)}`}
      className="text-sm text-brand-700 underline-offset-2 hover:underline"
      data-testid="back-to-dashboard"
    >
      ← {t("dashboards.drill.back")}
    </Link>
  );
  if (!target) {
    return (
      <>
        <PageHeader title={t("dashboards.drill.title")}>{back}</PageHeader>
        <EmptyState>{t("dashboards.drill.noTarget")}</EmptyState>
      </>
    );
  }
  const list = await loadEvidence(await scopeOf(user, filters.campaign ?? undefined), filters, target);
  // A unit outside the reader's scope (or the view) is not found: the title would otherwise name it
  // or fall back to "No unit", and either says something about it.
  if (list.status.kind === "refused" && list.status.reason === "outOfScope") notFound();
  const units = new Map(list.units.map((u) => [u.id, localName(u, zh)]));
  const unitName = (id: string) => units.get(id) ?? t("dashboards.overview.noUnit");
  return (
    <>
      <PageHeader title={`${t("dashboards.drill.title")}: ${targetTitle(target, t, unitName, zh)}`}>{back}</PageHeader>
      {list.status.kind === "refused" ? (
        <Refusal reason={list.status.reason} />
      ) : (
        <div data-testid="evidence">
          <p className="text-sm text-slate-700" data-testid="evidence-figure">
            {t("dashboards.drill.figure", { count: list.figure ?? 0 })}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {t("dashboards.drill.total", { count: list.total, shown: list.items.length })}
          </p>
          {list.unmasked > 0 ? (
            <p className="mt-1 text-sm text-slate-600" data-testid="evidence-unmasked">
              {t("dashboards.drill.unmasked", { count: list.unmasked })}
            </p>
          ) : null}
          {list.items.length === 0 ? (
            <div className="mt-4">
              <EmptyState>{t("dashboards.drill.noItems")}</EmptyState>
            </div>
          ) : (
            <ul className="mt-4 space-y-3">
              {list.items.map((item) => (
                <li
                  key={item.id}
                  className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                  data-testid="evidence-item"
                >
                  <blockquote className="text-slate-900" lang={langIfOther(item.text, zh ? "zh" : "en")}>“{item.text}”</blockquote>
                  <p className="mt-2 text-xs text-slate-500">
                    {item.unitId !== null ? `${unitName(item.unitId)} · ` : ""}
                    {t(`dashboards.drill.${item.kind}`)}
                    {item.aspect ? ` · ${item.aspect}` : ""} ·{" "}
                    {item.categories.map((c) => t(`classification.categories.${c}`)).join("、")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

function targetTitle(target: DrillTarget, t: T, unitName: (id: string) => string, zh: boolean): string {
  const category = (c: string) => t(`classification.categories.${c}`);
  switch (target.kind) {
    case "cell":
      return t("dashboards.drill.cell", { category: category(target.category), unit: unitName(target.unitId) });
    case "unit":
      return t("dashboards.drill.unit", { unit: unitName(target.unitId) });
    case "category":
      return t("dashboards.drill.category", { category: category(target.category) });
    case "aspect": {
      const aspect = ASPECTS.find((a) => a.code === target.aspect);
      return t("dashboards.drill.aspect", {
        code: target.aspect,
        title: aspect ? localTitle(aspect, zh) : "",
      });
    }
  }
}
