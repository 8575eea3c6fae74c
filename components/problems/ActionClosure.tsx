import { getTranslations } from "next-intl/server";
import { Cell, Table, TitledSection } from "@/components/ui/Page";
import type { closureByCategory } from "@/lib/actions/closure";

/**
 * The department head's dashboard card: follow-up actions per category and the closure rate. Takes
 * the read already started (closureByCategory), so that it runs while the dashboard loads.
 */
export async function ActionClosure({ closure }: { closure: ReturnType<typeof closureByCategory> }) {
  const t = await getTranslations("actions");
  const { rows, total } = await closure;
  if (total.open + total.done === 0) return null;
  const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
  return (
    <TitledSection id="closure" title={t("closure.title")} className="mt-8" headingClassName="mb-1" testId="action-closure">
      <p className="mb-2 text-sm text-slate-600">{t("closure.intro")}</p>
      <Table
        caption={t("closure.title")}
        head={[t("closure.category"), t("closure.open"), t("closure.overdue"), t("closure.done"), t("closure.rate")]}
      >
        {[...rows, total].map((r) => (
          <tr key={r.category} data-testid="closure-row" data-category={r.category}>
            <Cell>{r.category === "all" ? t("closure.all") : t(`categories.${r.category}`)}</Cell>
            <Cell>{r.open}</Cell>
            <Cell className={r.overdue > 0 ? "font-semibold text-red-700" : ""}>{r.overdue}</Cell>
            <Cell>{r.done}</Cell>
            <Cell>{pct(r.rate)}</Cell>
          </tr>
        ))}
      </Table>
    </TitledSection>
  );
}
