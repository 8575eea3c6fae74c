// Bars for counts and shares, drawn with HTML and CSS on the server: no chart library and no
// JavaScript in the browser (issue 15: recharts was 119 KB of the head's 288 KB page, and its SVG
// a third of the page's elements). Every bar carries its figure as text, so the chart reads
// without JavaScript too. Hidden figures get a short grey stub of the same size everywhere
// ("something hidden here", no size information) and the word for hidden. A bar with a
// drill-down link is a plain link to the evidence behind it.

export type BarDatum = {
  label: string;
  /** null: hidden (drawn as a stub). */
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
  /** A dashed marker before the column with this label (e.g. a norm), with its caption. */
  reference?: { at: string; label: string };
  testId?: string;
  ariaLabel: string;
  /** The word for hidden, for the legend under column charts. */
  hiddenLabel?: string;
  /** Where every bar leads, when they all lead to the same evidence. */
  href?: string;
};

const BRAND = "#1f4e8c";
export const HIDDEN = "#cbd5e1";
const STUB = 3; // per cent of the longest bar
const COLUMNS_HEIGHT = 180; // px

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
  const max = Math.max(...data.map((d) => d.value ?? 0), 1);
  // A picture may not hold links (axe nested-interactive): with drill-down links the chart is a
  // labelled group whose bars are read and followed one by one.
  const role = href || data.some((d) => d.href) ? "group" : "img";
  const size = (d: BarDatum) => (d.value === null ? STUB : Math.max((d.value / max) * 100, d.value > 0 ? 0.5 : 0));
  // The figure is drawn after the bar by CSS from data-text (a pseudo-element is no DOM element:
  // two elements per bar, where a wrapper, a track and a text node took five). The bars' classes
  // are named in app/globals.css: their Tailwind lists, on each of a dashboard's ~160 bars, were
  // 20 KB of its HTML and 20 KB more of its React payload.
  const bar = (key: string, d: BarDatum, style: React.CSSProperties, className: string) => {
    const target = d.href ?? href;
    const props = {
      className,
      style: { ...style, background: d.value === null ? HIDDEN : color },
      "data-testid": d.value === null ? "bar-hidden" : "bar",
      "data-text": d.text,
      title: `${d.label}: ${d.text}`,
    };
    return target ? <a key={key} href={target} {...props} /> : <span key={key} {...props} />;
  };
  if (orientation === "rows")
    return (
      <div
        data-testid={testId}
        role={role}
        aria-label={ariaLabel}
        className="grid w-full items-center gap-x-2 gap-y-1 pr-16 text-xs text-slate-700"
        style={{ gridTemplateColumns: `${labelWidth}px 1fr` }}
      >
        {data.map((d, i) => [
          <span key={`l${i}`} className="truncate text-right">
            {d.label}
          </span>,
          bar(
            `b${i}`,
            d,
            { width: `${size(d)}%` },
            "bar-row",
          ),
        ])}
      </div>
    );
  const anyHidden = data.some((d) => d.value === null);
  const columns = { gridTemplateColumns: `repeat(${Math.max(data.length, 1)}, minmax(0, 1fr))` };
  // Narrow columns have no room for the word: their grey stubs are explained under the chart, and
  // a hidden column carries no figure above it.
  return (
    <div data-testid={testId} role={role} aria-label={ariaLabel} className="w-full">
      <div
        className="grid items-end gap-px border-b border-slate-300 pt-5 text-center text-[10px] text-slate-700"
        style={{ ...columns, height: COLUMNS_HEIGHT + 20 }}
      >
        {data.map((d, i) =>
          bar(
            String(i),
            { ...d, text: d.value === null ? "" : d.text },
            {
              height: `${(size(d) / 100) * COLUMNS_HEIGHT}px`,
              ...(reference?.at === d.label ? { boxShadow: "-3px 0 0 #b91c1c" } : {}),
            },
            "bar-column",
          ),
        )}
      </div>
      <div className="grid gap-px text-center text-[10px] text-slate-600" style={columns} aria-hidden="true">
        {data.map((d, i) => (
          <span key={i} className="truncate">
            {d.label}
          </span>
        ))}
      </div>
      {reference ? <p className="mt-1 text-xs text-red-700">▍{reference.label}</p> : null}
      {anyHidden ? (
        <p className="mt-1 flex items-center gap-1 text-xs text-slate-500" aria-hidden="true">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: HIDDEN }} />
          {hiddenLabel}
        </p>
      ) : null}
    </div>
  );
}
