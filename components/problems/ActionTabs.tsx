import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Board, table and (for admins) a new action: the three ways into the actions. */
export async function ActionTabs({ current, canManage }: { current: "board" | "table" | "new"; canManage: boolean }) {
  const t = await getTranslations("actions.tabs");
  const tabs = [
    { key: "board", href: "/actions" },
    { key: "table", href: "/actions/table" },
    ...(canManage ? [{ key: "new", href: "/actions/new" }] : []),
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-2 text-sm">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={`rounded px-3 py-1.5 ${current === tab.key ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
