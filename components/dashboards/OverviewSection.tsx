import { useLocale, useTranslations } from "next-intl";
import { BarChart } from "@/components/charts/BarChart";
import { ChartCard, SectionHeading } from "@/components/dashboards/ChartCard";
import { DataTable } from "@/components/dashboards/DataTable";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { StatCard } from "@/components/ui/Page";
import { evidenceHref } from "@/lib/dashboards/links";
import type { DashboardData, OverviewData } from "@/lib/dashboards/types";

export function OverviewSection({
  data,
  overview,
  unitName,
}: {
  data: DashboardData;
  overview: OverviewData;
  unitName: (id: string) => string;
}) {
  const t = useTranslations("dashboards.overview");
  const hidden = useTranslations("dashboards")("hidden");
  const format: FigureFormat = { locale: useLocale(), hidden };
  const drill = (unitId: string) => evidenceHref(data.filters, { kind: "unit", unitId });
  const { current, total, finished } = overview.campaignDay;
  const sources = [
    ...(overview.sources ?? []).map((s) => ({
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
      {overview.sources === null || overview.days === null ? (
        <p className="mt-4 text-sm text-slate-600" data-testid="breakdown-note">
          {t("breakdownUnfilteredOnly")}
        </p>
      ) : (
        <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
          <ChartCard
            title={t("sources")}
            testId="chart-sources"
            table={<DataTable head={[t("sourceColumn"), t("count")]} rows={sources.map((s) => [s.label, s.text])} />}
          >
            <BarChart data={sources} ariaLabel={t("sources")} labelWidth={160} />
          </ChartCard>
          <ChartCard
            title={t("daily")}
            testId="chart-daily"
            table={
              <DataTable
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
      )}
      <div className="mt-4">
        <ChartCard
          title={t("participation")}
          intro={t("participationIntro")}
          testId="chart-participation"
          table={
            <DataTable
              head={[t("unit"), t("own"), t("withUnitsBelow"), t("codes"), t("headcount"), t("rate")]}
              rowTestId="participation-row"
              depths={overview.units.map((row) => row.depth)}
              rows={overview.units.map((row) => [
                { text: unitName(row.unitId), href: drill(row.unitId) },
                formatFigure(row.own, format),
                row.subtree === undefined ? "" : formatFigure(row.subtree, format),
                row.codes === null ? "" : String(row.codes),
                row.headcount === null ? "" : String(row.headcount),
                row.rateBase ? formatShare(row.rate, format) : "",
              ])}
            />
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
