// Diverging stacked bars drawn with HTML and CSS (no chart library, no JavaScript; see BarChart):
// disagreement to the left of the middle, agreement to the right, neutral split across it. Hidden
// counts are drawn together as one grey segment at the far right, so the chart shows how many
// answers are hidden but not which points they fell on. Each segment's share is its title.

type LikertDatum = {
  label: string;
  /** Shares of all answers (0-1) for points 1-5; null where hidden. */
  shares: (number | null)[];
  hiddenShare: number;
  href?: string;
};

type Props = { data: LikertDatum[]; pointLabels: string[]; hiddenLabel: string; ariaLabel: string; testId?: string };

const COLORS = ["#b91c1c", "#f87171", "#cbd5e1", "#60a5fa", "#1d4ed8"];
const HIDDEN = "#94a3b8";

export function LikertChart({ data, pointLabels, hiddenLabel, ariaLabel, testId }: Props) {
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  return (
    // A group, not a picture: its segments are drill-down links (axe nested-interactive).
    <div data-testid={testId} role="group" aria-label={ariaLabel} className="w-full">
      <ul className="space-y-1 text-xs">
        {data.map((d, row) => {
          const s = d.shares.map((x) => x ?? 0);
          // Half the track is 100 %: left from the middle neutral's half, then 2, then 1; right
          // the other half of neutral, 4, 5 and the hidden answers.
          const left = [
            { share: s[2] / 2, color: COLORS[2], name: pointLabels[2] },
            { share: s[1], color: COLORS[1], name: pointLabels[1] },
            { share: s[0], color: COLORS[0], name: pointLabels[0] },
          ];
          const right = [
            { share: s[2] / 2, color: COLORS[2], name: pointLabels[2] },
            { share: s[3], color: COLORS[3], name: pointLabels[3] },
            { share: s[4], color: COLORS[4], name: pointLabels[4] },
            { share: d.hiddenShare, color: HIDDEN, name: hiddenLabel },
          ];
          const segments: { from: number; share: number; color: string; name: string }[] = [];
          let at = 50;
          for (const seg of left) {
            at -= seg.share * 50;
            segments.push({ from: at, ...seg });
          }
          at = 50;
          for (const seg of right) {
            segments.push({ from: at, ...seg });
            at += seg.share * 50;
          }
          const track = (
            <span className="relative block h-6 flex-1 bg-slate-50">
              {segments
                .filter((seg) => seg.share > 0)
                .map((seg, i) => (
                  <span
                    key={i}
                    className="absolute inset-y-0"
                    data-testid="likert-segment"
                    style={{ left: `${seg.from}%`, width: `${seg.share * 50}%`, background: seg.color }}
                    title={`${seg.name}: ${percent(seg.color === COLORS[2] ? s[2] : seg.share)}`}
                  />
                ))}
              <span className="absolute inset-y-0 left-1/2 w-px bg-slate-600" />
            </span>
          );
          return (
            <li key={row} className="flex items-center gap-2">
              <span className="w-11 shrink-0 text-right text-slate-700">{d.label}</span>
              {d.href ? (
                <a href={d.href} className="flex flex-1" aria-label={d.label}>
                  {track}
                </a>
              ) : (
                track
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-1 flex justify-between pl-13 text-[10px] text-slate-500" aria-hidden="true">
        <span>100%</span>
        <span>50%</span>
        <span>0</span>
        <span>50%</span>
        <span>100%</span>
      </p>
      <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden="true">
        {[...pointLabels, hiddenLabel].map((label, i) => (
          <li key={label} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: i < 5 ? COLORS[i] : HIDDEN }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
