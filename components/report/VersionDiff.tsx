import type { DiffRow } from "@/lib/reports/paragraphs";

// The changes between two versions, paragraph by paragraph; unchanged paragraphs are left out.
export function VersionDiff({
  title,
  rows,
  labels,
}: {
  title: string;
  rows: DiffRow[];
  labels: { added: string; removed: string; changed: string; before: string; after: string; noChanges: string };
}) {
  const changes = rows.filter((r) => r.change !== "same");
  return (
    <section className="no-print rounded-lg border border-slate-200 bg-white p-4" data-testid="version-diff">
      <h2 className="font-semibold text-brand-900">{title}</h2>
      {changes.length === 0 ? <p className="mt-2 text-sm">{labels.noChanges}</p> : null}
      <ul className="mt-2 space-y-2 text-sm">
        {changes.map((r) => (
          <li key={`${r.change}-${r.key}`} className="rounded border border-slate-100 p-2">
            <span className="mr-2 rounded bg-slate-100 px-1 text-xs font-medium">{labels[r.change as "added"]}</span>
            {r.change === "changed" ? (
              <>
                <del className="block text-red-800">
                  {labels.before}: {r.before}
                </del>
                <ins className="block text-green-800 no-underline">
                  {labels.after}: {r.after}
                </ins>
              </>
            ) : (
              <span className={r.change === "removed" ? "text-red-800 line-through" : "text-green-800"}>{r.text}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
