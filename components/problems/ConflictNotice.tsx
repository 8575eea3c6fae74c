"use client";
import { useTranslations } from "next-intl";

/**
 * What a refused stale edit shows: the newer state saved meanwhile, and what the user tried to
 * save (kept in the form, so nothing typed is lost).
 */
export function ConflictNotice({
  current,
  attempted,
}: {
  current: Record<string, unknown>;
  attempted: Record<string, unknown>;
}) {
  const t = useTranslations("actions.conflict");
  const keys = Object.keys(attempted).filter((k) => k !== "id" && k !== "version" && k !== "campaignId");
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="conflict">
      <p className="font-medium text-amber-900">{t("title", { version: String(current.version ?? "") })}</p>
      <table className="mt-2 w-full text-left text-xs">
        <thead>
          <tr>
            <th className="pr-2">{t("field")}</th>
            <th className="pr-2">{t("now")}</th>
            <th>{t("yours")}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} className="align-top">
              <td className="pr-2 font-mono">{k}</td>
              <td className="pr-2" data-testid={`conflict-now-${k}`}>{show(current[k])}</td>
              <td data-testid={`conflict-yours-${k}`}>{show(attempted[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-amber-900">{t("hint")}</p>
    </div>
  );
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}
