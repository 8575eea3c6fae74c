import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { TitledSection } from "@/components/ui/Page";
import type { ActionCard } from "@/lib/actions/queries";
import { localTitle } from "@/i18n/local-name";

/** The home page's "my actions": what the signed-in staff member owns, overdue ones marked. */
export async function MyActions({ actions }: { actions: ActionCard[] }) {
  const t = await getTranslations("actions");
  const zh = (await getLocale()) === "zh";
  return (
    <TitledSection id="my-actions" title={t("mine.title")} className="mt-8" testId="my-actions">
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("mine.none")}</p>
      ) : (
        <ul className="space-y-2">
          {actions.map((a) => (
            <li
              key={a.id}
              className={`rounded border bg-white p-2 text-sm ${a.overdue ? "border-red-400 border-l-4" : "border-slate-200"}`}
              data-testid="my-action"
            >
              <Link href={`/actions/${a.id}`} className="font-medium text-brand-800 hover:underline">
                {a.number ? `${a.number}. ` : ""}
                {localTitle(a, zh)}
              </Link>
              <span className="text-slate-600"> · {t(`statuses.${a.status}`)}</span>
              {a.dueOn ? (
                <span className={a.overdue ? "font-semibold text-red-700" : "text-slate-600"}>
                  {" "}
                  · {a.overdue ? t("overdueOn", { date: a.dueOn }) : t("dueOn", { date: a.dueOn })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </TitledSection>
  );
}
