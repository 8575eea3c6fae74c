import { useLocale, useTranslations } from "next-intl";
import { BarChart } from "@/components/charts/BarChart";
import { ChartCard, SectionHeading } from "@/components/dashboards/ChartCard";
import { DataTable } from "@/components/dashboards/DataTable";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { Heatmap } from "@/components/dashboards/Heatmap";
import { langIfOther } from "@/i18n/text-language";
import { SECTIONS } from "@/lib/classification/taxonomy";
import { evidenceHref, type DrillTarget } from "@/lib/dashboards/links";
import type { AspectRow, DashboardData } from "@/lib/dashboards/types";
import { localTitle } from "@/i18n/local-name";

const CHART_ASPECTS = 12;

type Props = { data: DashboardData; unitName: (id: string) => string; depthOf: (id: string) => number };

export function ProblemSections({ data, unitName, depthOf }: Props) {
  const t = useTranslations();
  const zh = useLocale() === "zh";
  const format: FigureFormat = { locale: zh ? "zh" : "en", hidden: t("dashboards.hidden") };
  const categories = data.categories!;
  const drill = (target: DrillTarget) => evidenceHref(data.filters, target);
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
              <DataTable
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
                  <a
                    href={drill({ kind: "aspect", aspect: group.aspect })}
                    className="underline-offset-2 hover:underline"
                  >
                    {group.aspect} {localTitle(aspect, zh)}
                  </a>
                </h3>
                {group.quotes.map((q) => (
                  <blockquote
                    key={q.id}
                    // A quote in the other language than the page is marked, so screen readers switch voice.
                    lang={langIfOther(q.text, format.locale)}
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

function AspectsCard({
  data,
  format,
  zh,
  drill,
}: {
  data: DashboardData;
  format: FigureFormat;
  zh: boolean;
  drill: (target: DrillTarget) => string;
}) {
  const t = useTranslations("dashboards.aspects");
  const title = (a: AspectRow) => `${a.code} ${localTitle(a, zh)}`;
  const section = (code: string) => {
    const found = SECTIONS.find((s) => s.code === code);
    return found ? localTitle(found, zh) : "";
  };
  const head = [t("code"), t("section"), t("people"), t("share"), t("severity")];
  return (
    <div className="mt-4">
      <ChartCard
        title={t("title")}
        intro={t("intro")}
        testId="chart-aspects"
        table={
          <DataTable
            head={head}
            rowTestId="aspect-row"
            rows={data.aspects.map((a) => [
              { text: title(a), href: drill({ kind: "aspect", aspect: a.code }) },
              `${a.section} ${section(a.section)}`,
              formatFigure(a.people, format),
              formatShare(a.share, format),
              a.severity === null ? "" : formatFigure(a.severity, format, 1),
            ])}
          />
        }
      >
        <BarChart
          ariaLabel={t("title")}
          labelWidth={zh ? 190 : 210}
          color="#173d6f"
          data={data.aspects.slice(0, CHART_ASPECTS).map((a) => ({
            label: title(a),
            value: a.people,
            text: a.people === null ? format.hidden : `${formatFigure(a.people, format)} · ${formatShare(a.share, format)}`,
            href: drill({ kind: "aspect", aspect: a.code }),
          }))}
        />
      </ChartCard>
    </div>
  );
}
