"use client";
import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useMounted } from "@/components/charts/use-mounted";

// Bars for counts and shares. Hidden figures get no bar, only the word for "hidden", and a bar
// with a drill-down link opens the evidence behind it (the table under each chart has the same
// links for keyboards and screen readers).

export type BarDatum = {
  label: string;
  /** null: hidden (drawn as no bar). */
  value: number | null;
  /** The figure as text, or the word for hidden. */
  text: string;
  href?: string;
};

type Props = {
  data: BarDatum[];
  /** "rows": one horizontal bar per row (units, aspects); "columns": vertical bars (days, bins). */
  orientation?: "rows" | "columns";
  labelWidth?: number;
  color?: string;
  reference?: { at: string; label: string };
  testId?: string;
  ariaLabel: string;
  /** The word for hidden, for the legend under column charts. */
  hiddenLabel?: string;
  /** Where every bar leads, when they all lead to the same evidence (sent once, not per bar). */
  href?: string;
};

const BRAND = "#1f4e8c";
const HIDDEN = "#cbd5e1";

export function BarChart({
  data,
  orientation = "rows",
  labelWidth = 150,
  color = BRAND,
  reference,
  testId,
  ariaLabel,
  hiddenLabel = "",
  href,
}: Props) {
  const router = useRouter();
  const mounted = useMounted();
  // A hidden figure gets a short grey stub of the same size everywhere: visibly "something
  // hidden here", carrying no size information.
  const stub = Math.max(...data.map((d) => d.value ?? 0), 1) * 0.03;
  const byRow = orientation === "rows";
  // Narrow columns have no room for the word: their grey stubs are explained under the chart.
  const rows = data.map((d) => ({ ...d, plotted: d.value ?? stub, shown: d.value === null && !byRow ? "" : d.text }));
  const anyHidden = data.some((d) => d.value === null);
  const open = (item: { payload?: BarDatum }) => {
    const target = item.payload?.href ?? href;
    if (target) router.push(target);
  };
  const height = byRow ? Math.max(120, rows.length * 30 + 40) : 240;
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel} className="w-full">
      {mounted ? (
        <RechartsBarChart
          responsive
          data={rows}
          layout={byRow ? "vertical" : "horizontal"}
          style={{ width: "100%", height }}
          margin={{ top: 16, right: byRow ? 56 : 12, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!byRow} vertical={byRow} />
          {byRow ? (
            <>
              <XAxis type="number" allowDecimals={false} hide />
              <YAxis
                type="category"
                dataKey="label"
                width={labelWidth}
                tick={{ fontSize: 12 }}
                interval={0}
                tickFormatter={(v: string) => shorten(v, labelWidth)}
              />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
              <YAxis type="number" allowDecimals={false} width={36} tick={{ fontSize: 11 }} />
            </>
          )}
          <Tooltip formatter={(_value, _name, item) => [(item.payload as BarDatum).text, ""]} separator="" />
          {reference ? (
            <ReferenceLine
              x={reference.at}
              stroke="#b91c1c"
              strokeDasharray="4 2"
              label={{ value: reference.label, position: "top", fill: "#b91c1c", fontSize: 11 }}
            />
          ) : null}
          <Bar dataKey="plotted" fill={color} isAnimationActive={false} onClick={open} cursor="pointer">
            {rows.map((row, i) => (
              <Cell
                key={i}
                fill={row.value === null ? HIDDEN : color}
                data-testid={row.value === null ? "bar-hidden" : "bar"}
              />
            ))}
            <LabelList dataKey="shown" position={byRow ? "right" : "top"} style={{ fontSize: 11, fill: "#334155" }} />
          </Bar>
        </RechartsBarChart>
      ) : (
        <div style={{ height }} />
      )}
      {anyHidden && !byRow ? (
        <p className="mt-1 flex items-center gap-1 text-xs text-slate-500" aria-hidden="true">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: HIDDEN }} />
          {hiddenLabel}
        </p>
      ) : null}
    </div>
  );
}

/** Long unit and aspect names are cut to fit the axis; the table beside the chart has them whole. */
function shorten(text: string, width: number): string {
  const budget = Math.floor(width / 6.5);
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += /[\u2e80-\uffff]/.test(text[i]) ? 2 : 1; // CJK characters are about twice as wide
    if (used > budget) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
}
