import { useTranslations } from "next-intl";
import { BarChart } from "@/components/charts/BarChart";
import { ChartCard } from "@/components/dashboards/ChartCard";
import { DataTable } from "@/components/dashboards/DataTable";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import type { ChoiceQuestion } from "@/lib/dashboards/types";

/**
 * A single- or multiple-choice question: a bar per option with its count and share. Multiple
 * choice shares are of the respondents who answered (they add up to more than 100%).
 */
export function ChoiceCard({
  question: q,
  format,
  href,
}: {
  question: ChoiceQuestion;
  format: FigureFormat;
  href?: string;
}) {
  const t = useTranslations("dashboards.choices");
  const rows = q.options.map((o) => ({
    label: o.label,
    count: formatFigure(o.count, format),
    share: formatShare(o.share, format),
  }));
  return (
    <ChartCard
      title={`${q.aspect ? `${q.aspect} · ` : ""}${q.prompt}`}
      intro={q.type === "MULTI_CHOICE" ? t("multiIntro") : t("singleIntro")}
      testId="chart-choice"
      table={
        <DataTable head={[t("option"), t("count"), t("share")]} rows={rows.map((r) => [r.label, r.count, r.share])} />
      }
    >
      <p className="mb-2 text-sm text-slate-700">
        {t("answered")}: <span className="font-medium tabular-nums">{formatFigure(q.n, format)}</span>
      </p>
      {q.n ? (
        <BarChart
          hiddenLabel={format.hidden}
          ariaLabel={q.prompt}
          labelWidth={170}
          href={href}
          data={q.options.map((o, i) => ({
            label: o.label,
            value: o.count,
            text: o.count === null ? format.hidden : `${rows[i].count} · ${rows[i].share}`,
          }))}
        />
      ) : (
        <p className="text-sm text-slate-600">{q.n === null ? format.hidden : t("noAnswers")}</p>
      )}
    </ChartCard>
  );
}
