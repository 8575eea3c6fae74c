import { useLocale, useTranslations } from "next-intl";
import { BarChart } from "@/components/charts/BarChart";
import { LikertChart } from "@/components/charts/LikertChart";
import { ChartCard, SectionHeading } from "@/components/dashboards/ChartCard";
import { ChoiceCard } from "@/components/dashboards/ChoiceCard";
import { DataTable } from "@/components/dashboards/DataTable";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { SECTIONS } from "@/lib/classification/taxonomy";
import { evidenceHref } from "@/lib/dashboards/links";
import type { DashboardData, NumberQuestion } from "@/lib/dashboards/types";
import { localTitle } from "@/i18n/local-name";

export function AnswerSections({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboards");
  const locale = useLocale();
  const zh = locale === "zh";
  const format: FigureFormat = { locale, hidden: t("hidden") };
  const points = ["1", "2", "3", "4", "5"].map((p) => t(`likert.points.${p}` as "likert.points.1"));
  const likertLabel = likertLabels(data.likert);
  const aspectHref = (aspect: string | null) =>
    aspect ? evidenceHref(data.filters, { kind: "aspect", aspect }) : undefined;
  const numbers = new Map(data.numbers.map((q) => [q.key, q]));
  const choices = new Map(data.choices.map((q) => [q.key, q]));
  // Numeric and choice questions in the report's order of sections (Likert items have their own
  // chart below, in the same order).
  const groups: { section: string | null; items: DashboardData["questionOrder"] }[] = [];
  for (const item of data.questionOrder) {
    if (item.kind === "likert") continue;
    const last = groups[groups.length - 1];
    if (last && last.section === item.section) last.items.push(item);
    else groups.push({ section: item.section, items: [item] });
  }
  const sectionTitle = (code: string | null) => {
    const section = SECTIONS.find((s) => s.code === code);
    return section ? `${section.code}. ${localTitle(section, zh)}` : t("numbers.otherSection");
  };
  return (
    <>
      <SectionHeading>{t("numbers.title")}</SectionHeading>
      <p className="mb-3 text-sm text-slate-600">{t("numbers.intro")}</p>
      {groups.map((group) => (
        <section key={group.section ?? "-"} className="mb-4" data-testid="question-section">
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{sectionTitle(group.section)}</h3>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {group.items.map((item) =>
              item.kind === "number" ? (
                <NumberCard
                  key={item.key}
                  question={numbers.get(item.key)!}
                  format={format}
                  href={aspectHref(numbers.get(item.key)!.aspect)}
                />
              ) : (
                <ChoiceCard
                  key={item.key}
                  question={choices.get(item.key)!}
                  format={format}
                  href={aspectHref(choices.get(item.key)!.aspect)}
                />
              ),
            )}
          </div>
        </section>
      ))}
      {data.likert.length > 0 ? (
        <>
          <SectionHeading>{t("likert.title")}</SectionHeading>
          <ChartCard
            title={t("likert.title")}
            intro={t("likert.intro")}
            testId="chart-likert"
            table={
              <DataTable
                head={[t("likert.question"), t("numbers.n"), ...points, t("likert.hiddenAnswers")]}
                rows={data.likert.map((q) => [
                  `${q.aspect ?? ""} ${q.prompt}`,
                  formatFigure(q.n, format),
                  ...q.counts.map((c) => formatFigure(c, format)),
                  q.n === null ? format.hidden : formatFigure(q.hidden, format),
                ])}
              />
            }
          >
            <LikertChart
              ariaLabel={t("likert.title")}
              pointLabels={points}
              hiddenLabel={t("likert.hiddenAnswers")}
              data={data.likert
                .filter((q) => q.n)
                .map((q) => ({
                  label: likertLabel.get(q.key)!,
                  shares: q.counts.map((c) => (c === null ? null : c / q.n!)),
                  hiddenShare: q.hidden / q.n!,
                  href: aspectHref(q.aspect),
                }))}
            />
            <ul className="mt-3 space-y-1 text-xs text-slate-600">
              {data.likert.map((q) => (
                <li key={q.key}>
                  <span className="font-medium">{likertLabel.get(q.key)}</span>: {q.prompt}
                </li>
              ))}
            </ul>
          </ChartCard>
        </>
      ) : null}
    </>
  );
}

/** `href`: the evidence on the question's aspect, where each bin leads. */
function NumberCard({ question: q, format, href }: { question: NumberQuestion; format: FigureFormat; href?: string }) {
  const t = useTranslations("dashboards.numbers");
  const number = (v: number | null) => formatFigure(v, format, 1);
  // Each label and bin is translated once: a dashboard has seven of these cards, and repeated
  // translator calls with values were a visible share of the page's server time.
  const label = { n: t("n"), norm: t("norm") };
  const binLabels = q.bins.map((b) =>
    b.openBelow
      ? t("below", { value: number(b.to) })
      : b.openAbove
        ? t("above", { value: number(b.from) })
        : t("range", { from: number(b.from), to: number(b.to) }),
  );
  const normBin =
    q.norm === null
      ? -1
      : q.bins.findIndex((b) => (b.openBelow || q.norm! >= b.from) && (b.openAbove || q.norm! < b.to));
  // [label, value, takes the question's unit, spans two columns]
  const withUnit = (value: string) => (q.unit && value !== format.hidden ? `${value} ${q.unit}` : value);
  const stats: [string, string, boolean?][] = [
    [label.n, formatFigure(q.n, format)],
    [t("q1"), withUnit(number(q.q1))],
    [t("median"), withUnit(number(q.median))],
    [t("q3"), withUnit(number(q.q3))],
    [t("mean"), withUnit(number(q.mean))],
    ...(q.norm !== null
      ? ([
          [label.norm, `${number(q.norm)}${q.normLabel ? ` (${q.normLabel})` : ""}`, true],
          [
            t("aboveNorm"),
            q.aboveNorm === null
              ? format.hidden
              : `${formatFigure(q.aboveNorm, format)} · ${formatShare(q.aboveNormShare, format)}`,
          ],
        ] as [string, string, boolean?][])
      : []),
  ];
  const counts = q.bins.map((b) => formatFigure(b.value, format));
  return (
    <ChartCard
      title={`${q.aspect ? `${q.aspect} · ` : ""}${q.prompt}`}
      testId="chart-number"
      table={<DataTable head={[t("bin"), label.n]} rows={binLabels.map((bin, i) => [bin, counts[i]])} />}
    >
      {q.n ? (
        <>
          <dl className="mb-2 grid grid-cols-3 gap-x-3 gap-y-1 text-sm sm:grid-cols-4">
            {stats.map(([name, value, wide]) => (
              <div key={name} className={wide ? "col-span-2" : undefined}>
                <dt className="text-xs text-slate-500">{name}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <BarChart
            orientation="columns"
            hiddenLabel={format.hidden}
            ariaLabel={q.prompt}
            color="#173d6f"
            reference={normBin >= 0 ? { at: binLabels[normBin], label: `${label.norm} ${number(q.norm)}` } : undefined}
            href={href}
            data={q.bins.map((b, i) => ({ label: binLabels[i], value: b.value, text: counts[i] }))}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">{q.n === null ? format.hidden : t("noAnswers")}</p>
      )}
    </ChartCard>
  );
}

/** Short axis labels: the aspect code, numbered when an aspect has several statements. */
function likertLabels(questions: DashboardData["likert"]): Map<string, string> {
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const q of questions) {
    const code = q.aspect ?? "–";
    const n = (seen.get(code) ?? 0) + 1;
    seen.set(code, n);
    labels.set(q.key, n === 1 ? code : `${code}-${n}`);
  }
  return labels;
}
