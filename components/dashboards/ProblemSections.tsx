import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarChart } from "@/components/charts/BarChart";
import { ChartCard, SectionHeading, SimpleTable } from "@/components/dashboards/ChartCard";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { Heatmap } from "@/components/dashboards/Heatmap";
import { Cell, Table } from "@/components/ui/Page";
import { SECTIONS } from "@/lib/classification/taxonomy";
import { drillQuery } from "@/lib/dashboards/filters";
import type { AspectRow, DashboardData } from "@/lib/dashboards/types";

const CHART_ASPECTS = 12;

type Props = { data: DashboardData; unitName: (id: string) => string; depthOf: (id: string) => number };

export async function ProblemSections({ data, unitName, depthOf }: Props) {
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const format: FigureFormat = { locale: zh ? "zh" : "en", hidden: t("dashboards.hidden") };
  const categories = data.categories!;
  const drill = (target: Parameters<typeof drillQuery>[1]) => `/dashboards/evidence${drillQuery(data.filters, target)}`;
  const categoryBars = categories.totals.map((c) => ({
    label: t(`classification.categories.${c.category}`),
    value: c.value,
    text: c.value === null ? format.hidden : `${formatFigure(c.value, format)} · ${formatShare(c.share, format)}`,
    href: drill({ kind: "category", category: c.category }),
  }));
  return (
    <>
      <SectionHeading>{t("dashboards.categories.title")}</SectionHeading>
      {data.profileFiltered ? <p className="mb-3 text-sm text-slate-600">{t("dashboards.profileNote")}</p> : null}
      <div className="grid grid-cols-1 gap-4">
        <div>
          <ChartCard
            title={t("dashboards.categories.title")}
            intro={t("dashboards.categories.intro")}
            testId="chart-categories"
            table={
              <SimpleTable
                head={[
                  t("dashboards.categories.category"),
                  t("dashboards.categories.people"),
                  t("dashboards.categories.share"),
                ]}
                rows={categories.totals.map((c, i) => [
                  categoryBars[i].label,
                  formatFigure(c.value, format),
                  formatShare(c.share, format),
                ])}
              />
            }
          >
            <BarChart data={categoryBars} ariaLabel={t("dashboards.categories.title")} labelWidth={zh ? 110 : 150} />
          </ChartCard>
        </div>
        <div>
          <ChartCard
            title={t("dashboards.categories.heatmap")}
            intro={t("dashboards.categories.heatmapIntro")}
            testId="card-heatmap"
          >
            <Heatmap categories={categories} filters={data.filters} unitName={unitName} depthOf={depthOf} />
          </ChartCard>
        </div>
      </div>
      <AspectsCard data={data} format={format} zh={zh} drill={drill} />
      <SectionHeading>{t("dashboards.quotes.title")}</SectionHeading>
      <p className="mb-3 text-sm text-slate-600">{t("dashboards.quotes.intro")}</p>
      {data.quotes.length === 0 ? (
        <p
          className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600"
          data-testid="quotes-none"
        >
          {t("dashboards.quotes.none")}
        </p>
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2" data-testid="quotes">
          {data.quotes.map((group) => {
            const aspect = data.aspects.find((a) => a.code === group.aspect)!;
            return (
              <section key={group.aspect} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-semibold text-brand-900">
                  <Link
                    href={drill({ kind: "aspect", aspect: group.aspect })}
                    className="underline-offset-2 hover:underline"
                  >
                    {group.aspect} {zh ? aspect.titleZh : aspect.titleEn}
                  </Link>
                </h3>
                {group.quotes.map((q) => (
                  <blockquote
                    key={q.id}
                    className="mt-2 border-l-4 border-brand-100 pl-3 text-sm text-slate-800"
                    data-testid="quote"
                  >
                    “{q.text}”
                  </blockquote>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

async function AspectsCard({
  data,
  format,
  zh,
  drill,
}: {
  data: DashboardData;
  format: FigureFormat;
  zh: boolean;
  drill: (target: Parameters<typeof drillQuery>[1]) => string;
}) {
  const t = await getTranslations("dashboards.aspects");
  const title = (a: AspectRow) => `${a.code} ${zh ? a.titleZh : a.titleEn}`;
  const section = (code: string) => SECTIONS.find((s) => s.code === code);
  const compare = data.compareCampaign && !data.compareCampaign.refused ? data.compareCampaign : null;
  const change = (a: AspectRow) =>
    a.share === null || a.compare?.share == null
      ? ""
      : `${a.share >= a.compare.share ? "+" : "−"}${Math.round(Math.abs(a.share - a.compare.share) * 100)} pp`;
  const head = [
    t("code"),
    t("section"),
    t("people"),
    t("share"),
    t("severity"),
    ...(compare
      ? [t("previous", { campaign: zh ? compare.nameZh : compare.name }), t("previousShare"), t("change")]
      : []),
  ];
  return (
    <div className="mt-4">
      <ChartCard
        title={t("title")}
        intro={t("intro")}
        testId="chart-aspects"
        table={
          <Table head={head}>
            {data.aspects.map((a) => (
              <tr key={a.code} data-testid="aspect-row">
                <Cell>
                  <Link
                    href={drill({ kind: "aspect", aspect: a.code })}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    {title(a)}
                  </Link>
                </Cell>
                <Cell>
                  {a.section} {zh ? section(a.section)?.titleZh : section(a.section)?.titleEn}
                </Cell>
                <Cell>{formatFigure(a.people, format)}</Cell>
                <Cell>{formatShare(a.share, format)}</Cell>
                <Cell>{a.severity === null ? "" : formatFigure(a.severity, format, 1)}</Cell>
                {compare ? (
                  <>
                    <Cell>{formatFigure(a.compare?.people ?? null, format)}</Cell>
                    <Cell>{formatShare(a.compare?.share ?? null, format)}</Cell>
                    <Cell>{change(a)}</Cell>
                  </>
                ) : null}
              </tr>
            ))}
          </Table>
        }
      >
        <BarChart
          ariaLabel={t("title")}
          labelWidth={zh ? 190 : 210}
          color="#173d6f"
          data={data.aspects.slice(0, CHART_ASPECTS).map((a) => ({
            label: title(a),
            value: a.people,
            text:
              a.people === null
                ? format.hidden
                : `${formatFigure(a.people, format)} · ${formatShare(a.share, format)}${compare ? ` (${change(a) || "–"})` : ""}`,
            href: drill({ kind: "aspect", aspect: a.code }),
          }))}
        />
      </ChartCard>
    </div>
  );
}
