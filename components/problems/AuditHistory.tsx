import { getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/audit/queries";

/** The recorded changes of an item (or the whole log): who, what, when, and before -> after. */
export async function AuditHistory({ entries, showTarget = false }: { entries: AuditEntry[]; showTarget?: boolean }) {
  const t = await getTranslations("audit");
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="space-y-2" data-testid="history">
      {entries.map((e) => (
        <li key={e.id} className="rounded border border-slate-200 bg-white p-2 text-sm" data-testid="history-entry">
          <p>
            <time className="text-slate-600" dateTime={e.at.toISOString()}>
              {e.at.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>{" "}
            · <span className="font-medium">{e.actor ?? t("system")}</span> ·{" "}
            <span data-testid="history-action">{t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action}</span>
            {showTarget ? (
              <span className="text-slate-600">
                {" "}
                · {e.targetType} {e.targetId ? e.targetId.slice(0, 8) : ""}
              </span>
            ) : null}
          </p>
          <Changes before={e.before} after={e.after} labels={{ before: t("before"), after: t("after") }} />
        </li>
      ))}
    </ol>
  );
}

function Changes({
  before,
  after,
  labels,
}: {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  labels: { before: string; after: string };
}) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (keys.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="font-mono text-slate-600">{k}</dt>
          <dd>
            {before && k in before ? (
              <>
                <span className="sr-only">{labels.before}: </span>
                <del className="text-slate-500">{show(before[k])}</del> →{" "}
              </>
            ) : null}
            <span className="sr-only">{labels.after}: </span>
            <ins className="no-underline">{after && k in after ? show(after[k]) : "—"}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
