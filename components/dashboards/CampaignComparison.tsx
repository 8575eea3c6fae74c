import { useTranslations } from "next-intl";
import { localName, localTitle } from "@/i18n/local-name";
import { ChartCard, SectionHeading } from "@/components/dashboards/ChartCard";
import { DataTable } from "@/components/dashboards/DataTable";
import { formatFigure, formatNumber, formatShare, type FigureFormat } from "@/components/dashboards/format";
import type { ComparisonData } from "@/lib/dashboards/comparison";
import type { AspectChange, ChangeRow, MeanChange } from "@/lib/dashboards/comparison-figures";
import type { DashboardFilters } from "@/lib/dashboards/filters";

// The change since an earlier campaign (lib/dashboards/comparison.ts): a picker, then shares per
// category and aspect as paired plain HTML bars, and the means of the questions on those aspects.
// Every row without a change says why in words. Server-rendered, no client JavaScript.

type Props = { comparison: ComparisonData; filters: DashboardFilters; zh: boolean };

const KEPT_FILTERS = ["campaign", "unit", "unitType", "role", "service"] as const;

export function CampaignComparison({ comparison, filters, zh }: Props) {
  const t = useTranslations("comparison");
  const locale = zh ? "zh" : "en";
  const format: FigureFormat = { locale, hidden: t("heardHidden") };
  const name = (c: { name: string; nameZh: string }) => localName(c, zh);
  const { earlier, status } = comparison;
  return (
    <section data-testid="campaign-comparison" aria-label={t("title")}>
      <SectionHeading>{t("title")}</SectionHeading>
      <form method="get" action="/dashboards" className="flex flex-wrap items-end gap-2 text-sm">
        {KEPT_FILTERS.map((key) =>
          filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]!} /> : null,
        )}
        <label className="flex flex-col">
          <span className="mb-1 font-medium">{t("pickLabel")}</span>
          <select
            name="compare"
            defaultValue={earlier?.id ?? "none"}
            className="rounded border border-slate-300 px-2 py-1"
            data-testid="compare-pick"
          >
            {comparison.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {t("pickOption", { name: name(c), date: c.startsOn, aspects: c.aspects })}
              </option>
            ))}
            <option value="none">{t("off")}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-white">
          {t("show")}
        </button>
      </form>
      {status.kind === "off" ? (
        <p className="mt-3 text-sm text-slate-600">{t("offNote")}</p>
      ) : status.kind === "refused" ? (
        <div
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
          data-testid="comparison-refused"
        >
          <p className="font-semibold">{t("refusedTitle")}</p>
          <p className="mt-1 text-sm">{t(`refused.${status.reason}`)}</p>
        </div>
      ) : (
        <div className="mt-3 space-y-4">
          <p className="text-sm text-slate-600">{t("intro")}</p>
          <p className="text-sm text-slate-600" data-testid="comparison-heard">
            {t("heard", {
              earlier: formatFigure(status.figures.heard.earlier, format),
              earlierName: earlier ? name(earlier) : "",
              current: formatFigure(status.figures.heard.current, format),
            })}
          </p>
          <ShareCard
            title={t("categories")}
            testId="comparison-categories"
            rows={status.figures.categories}
            label={(row) => row.key}
            labelOf="category"
            format={format}
          />
          <ShareCard
            title={t("aspects")}
            testId="comparison-aspects"
            rows={status.figures.aspects}
            label={(row) => {
              const a = row as AspectChange;
              return `${a.key} ${localTitle(a, zh)}`;
            }}
            format={format}
          />
          <MeansCard rows={status.figures.means} format={format} zh={zh} />
        </div>
      )}
    </section>
  );
}

function useChange() {
  const t = useTranslations("comparison");
  const sign = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±");
  return {
    points: (row: ChangeRow, locale: string) =>
      row.change === null
        ? t(`why.${row.why!}`)
        : t("points", { sign: sign(row.change), value: formatNumber(Math.abs(row.change) * 100, locale, 0) }),
    mean: (row: ChangeRow, locale: string) =>
      row.change === null
        ? t(`why.${row.why!}`)
        : t("meanChange", { sign: sign(row.change), value: formatNumber(Math.abs(row.change), locale, 1) }),
  };
}

function ShareCard({
  title,
  testId,
  rows,
  label,
  labelOf,
  format,
}: {
  title: string;
  testId: string;
  rows: ChangeRow[];
  label: (row: ChangeRow) => string;
  labelOf?: "category";
  format: FigureFormat;
}) {
  const t = useTranslations("comparison");
  const categories = useTranslations("classification.categories");
  const change = useChange();
  const text = (row: ChangeRow) => (labelOf === "category" ? categories(row.key as "rights") : label(row));
  return (
    <ChartCard
      title={title}
      testId={testId}
      table={
        <DataTable
          head={[labelOf === "category" ? t("category") : t("aspect"), t("earlier"), t("current"), t("change")]}
          rowTestId={`${testId}-row`}
          rows={rows.map((row) => [
            text(row),
            formatShare(row.earlier, format),
            formatShare(row.current, format),
            change.points(row, format.locale),
          ])}
        />
      }
    >
      <p className="mb-2 flex gap-4 text-xs text-slate-600" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block h-2 w-4 bg-slate-400 align-middle" />
          {t("legendEarlier")}
        </span>
        <span>
          <span className="mr-1 inline-block h-2 w-4 bg-brand-700 align-middle" />
          {t("legendCurrent")}
        </span>
      </p>
      <ul className="space-y-2">
        {rows.map((row) => (
          <li key={row.key} data-testid={`${testId}-item`} data-key={row.key} className="text-sm">
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">{text(row)}</span>
              <span data-testid="comparison-change" className={row.change === null ? "text-slate-500" : ""}>
                {formatShare(row.earlier, format)} → {formatShare(row.current, format)} ·{" "}
                {change.points(row, format.locale)}
              </span>
            </div>
            <Bar value={row.earlier} tone="bg-slate-400" />
            <Bar value={row.current} tone="bg-brand-700" />
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}

/** A share as a plain bar; a hidden share draws an empty track. */
function Bar({ value, tone }: { value: number | null; tone: string }) {
  const width = value === null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  return (
    <div className="mt-1 h-2 w-full rounded bg-slate-100" aria-hidden="true">
      <div className={`h-2 rounded ${tone}`} style={{ width: `${width}%` }} />
    </div>
  );
}

function MeansCard({ rows, format, zh }: { rows: MeanChange[]; format: FigureFormat; zh: boolean }) {
  const t = useTranslations("comparison");
  const change = useChange();
  const digits = 1;
  const unit = (row: MeanChange) => (row.kind === "likert" ? t("likertScale") : (row.unit ?? ""));
  return (
    <ChartCard title={t("means")} testId="comparison-means">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("meansNone")}</p>
      ) : (
        <DataTable
          head={[t("aspect"), t("question"), t("earlier"), t("current"), t("change")]}
          rowTestId="comparison-means-row"
          rows={rows.map((row) => [
            row.aspect,
            `${row.prompt} (${unit(row)})`,
            formatFigure(row.earlier, format, digits),
            formatFigure(row.current, format, digits),
            change.mean(row, zh ? "zh" : "en"),
          ])}
        />
      )}
    </ChartCard>
  );
}
