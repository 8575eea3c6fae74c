"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { useMounted } from "@/components/charts/use-mounted";

// Diverging stacked bars: disagreement to the left of zero, agreement to the right, neutral split
// across the middle. Hidden counts are drawn together as one grey segment at the far right, so
// the chart shows how many answers are hidden but not which points they fell on.

export type LikertDatum = {
  label: string;
  /** Shares of all answers (0-1) for points 1-5; null where hidden. */
  shares: (number | null)[];
  hiddenShare: number;
  href?: string;
};

type Props = { data: LikertDatum[]; pointLabels: string[]; hiddenLabel: string; ariaLabel: string; testId?: string };

const COLORS = ["#b91c1c", "#f87171", "#cbd5e1", "#60a5fa", "#1d4ed8"];

export function LikertChart({ data, pointLabels, hiddenLabel, ariaLabel, testId }: Props) {
  const router = useRouter();
  const mounted = useMounted();
  const rows = data.map((d) => {
    const s = d.shares.map((x) => (x ?? 0) * 100);
    return {
      label: d.label,
      href: d.href,
      p1: -s[0],
      p2: -s[1],
      n3: -s[2] / 2,
      p3: s[2] / 2,
      p4: s[3],
      p5: s[4],
      hidden: d.hiddenShare * 100,
    };
  });
  const height = rows.length * 34 + 50;
  const open = (item: { payload?: { href?: string } }) => {
    if (item.payload?.href) router.push(item.payload.href);
  };
  // Stacking order: the first series sits next to zero on each side.
  const series = [
    { key: "n3", name: pointLabels[2], color: COLORS[2] },
    { key: "p2", name: pointLabels[1], color: COLORS[1] },
    { key: "p1", name: pointLabels[0], color: COLORS[0] },
    { key: "p3", name: pointLabels[2], color: COLORS[2] },
    { key: "p4", name: pointLabels[3], color: COLORS[3] },
    { key: "p5", name: pointLabels[4], color: COLORS[4] },
    { key: "hidden", name: hiddenLabel, color: "#94a3b8" },
  ];
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel} className="w-full">
      {mounted ? (
        <BarChart
          responsive
          data={rows}
          layout="vertical"
          stackOffset="sign"
          style={{ width: "100%", height }}
          margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[-100, 100]}
            ticks={[-100, -50, 0, 50, 100]}
            tickFormatter={(v: number) => `${Math.abs(v)}%`}
            tick={{ fontSize: 11 }}
          />
          <YAxis type="category" dataKey="label" width={44} tick={{ fontSize: 12 }} interval={0} />
          <ReferenceLine x={0} stroke="#475569" />
          <Tooltip formatter={(value, name) => [`${Math.abs(Number(value)).toFixed(0)}%`, name]} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="likert"
              fill={s.color}
              isAnimationActive={false}
              onClick={open}
              cursor="pointer"
            />
          ))}
        </BarChart>
      ) : (
        <div style={{ height }} />
      )}
      <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden="true">
        {[...pointLabels, hiddenLabel].map((label, i) => (
          <li key={label} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: i < 5 ? COLORS[i] : "#94a3b8" }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
