import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarChart } from "@/components/charts/BarChart";
import { ChartCard, SectionHeading, SimpleTable } from "@/components/dashboards/ChartCard";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { Cell, StatCard, Table } from "@/components/ui/Page";
import { drillQuery } from "@/lib/dashboards/filters";
import type { DashboardData, OverviewData } from "@/lib/dashboards/types";

export async function OverviewSection({
  data,
  overview,
  unitName,
}: {
  data: DashboardData;
  overview: OverviewData;
  unitName: (id: string) => string;
}) {
  const t = await getTranslations("dashboards.overview");
  const hidden = (await getTranslations("dashboards"))("hidden");
  const format: FigureFormat = { locale: await getLocale(), hidden };
  const drill = (unitId: string) => `/dashboards/evidence${drillQuery(data.filters, { kind: "unit", unitId })}`;
  const { current, total, finished } = overview.campaignDay;
  const sources = [
    ...overview.sources.map((s) => ({
      label: t(`source.${s.source}`),
      value: s.value,
      text: formatFigure(s.value, format),
    })),
    { label: t("source.SEMINAR"), value: overview.seminarPeople, text: formatFigure(overview.seminarPeople, format) },
  ];
  return (
    <>
      <SectionHeading>{t("title")}</SectionHeading>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label={t("reached")} value={formatFigure(overview.reached, format)} testId="stat-reached" />
        <StatCard
          label={t("respondents")}
          value={formatFigure(overview.respondents, format)}
          testId="stat-respondents"
        />
        <StatCard label={t("sessions")} value={overview.sessions} />
        <StatCard
          label={data.campaign ? `${data.campaign.startsOn} – ${data.campaign.endsOn}` : ""}
          value={
            <span className="block">
              <span className="text-lg">
                {finished
                  ? t("finished", { total })
                  : current === 0
                    ? t("notStarted")
                    : t("campaignDay", { current, total })}
              </span>
              <span className="mt-2 block h-2 overflow-hidden rounded bg-slate-200" aria-hidden="true">
                <span className="block h-2 bg-brand-600" style={{ width: `${(current / total) * 100}%` }} />
              </span>
            </span>
          }
        />
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <ChartCard
          title={t("sources")}
          testId="chart-sources"
          table={<SimpleTable head={[t("sourceColumn"), t("count")]} rows={sources.map((s) => [s.label, s.text])} />}
        >
          <BarChart data={sources} ariaLabel={t("sources")} labelWidth={160} />
        </ChartCard>
        <ChartCard
          title={t("daily")}
          testId="chart-daily"
          table={
            <SimpleTable
              head={[t("date"), t("count")]}
              rows={overview.days.map((d) => [d.date, formatFigure(d.value, format)])}
            />
          }
        >
          <BarChart
            orientation="columns"
            hiddenLabel={hidden}
            ariaLabel={t("daily")}
            data={overview.days.map((d) => ({
              label: d.date.slice(5),
              value: d.value,
              text: formatFigure(d.value, format),
            }))}
          />
        </ChartCard>
      </div>
      <div className="mt-4">
        <ChartCard
          title={t("participation")}
          intro={t("participationIntro")}
          testId="chart-participation"
          table={
            <Table head={[t("unit"), t("own"), t("withUnitsBelow"), t("codes"), t("headcount"), t("rate")]}>
              {overview.units.map((row) => (
                <tr key={row.unitId} data-testid="participation-row">
                  <Cell>
                    <span style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
                      <Link href={drill(row.unitId)} className="text-brand-700 underline-offset-2 hover:underline">
                        {unitName(row.unitId)}
                      </Link>
                    </span>
                  </Cell>
                  <Cell>{formatFigure(row.own, format)}</Cell>
                  <Cell>{row.subtree === undefined ? "" : formatFigure(row.subtree, format)}</Cell>
                  <Cell>{row.codes ?? ""}</Cell>
                  <Cell>{row.headcount ?? ""}</Cell>
                  <Cell>{row.rateBase ? formatShare(row.rate, format) : ""}</Cell>
                </tr>
              ))}
            </Table>
          }
        >
          <BarChart
            ariaLabel={t("participation")}
            labelWidth={170}
            data={overview.units.map((row) => ({
              label: unitName(row.unitId),
              value: row.own,
              text:
                row.rate !== null
                  ? `${formatFigure(row.own, format)} · ${formatShare(row.rate, format)}`
                  : formatFigure(row.own, format),
              href: drill(row.unitId),
            }))}
          />
        </ChartCard>
      </div>
    </>
  );
}
