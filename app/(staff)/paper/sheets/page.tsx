import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { chosenCampaign } from "@/lib/campaigns/current";
import { sheetLabel } from "@/lib/paper/corrections-plan";
import { listPaperSheets } from "@/lib/paper/sheets";
import { localName } from "@/i18n/local-name";

type Props = { searchParams: Promise<{ page?: string | string[]; deleted?: string | string[] }> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// The paper sheets recorded for the lead's units in the chosen campaign (typed in or imported),
// paged, each linking to its correction page. Ordered by unit and random id, never by entry.
export default async function PaperSheetsPage({ searchParams }: Props) {
  const user = await requirePageUser("paper:enter");
  const t = await getTranslations("paper.sheets");
  const zh = (await getLocale()) === "zh";
  const params = await searchParams;
  const campaign = await chosenCampaign(user.id);
  const page = Math.max(1, Math.min(100000, Number.parseInt(one(params.page), 10) || 1));
  const list = campaign ? await listPaperSheets(await scopeOf(user), campaign.id, page) : null;
  const link = (p: number) => `/paper/sheets?page=${p}`;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <Link className="text-sm text-brand-700 underline" href="/paper">{t("back")}</Link>
      </PageHeader>
      {one(params.deleted) === "1" ? <p role="status" className="mb-4 text-sm text-green-800" data-testid="sheet-deleted">{t("deleted")}</p> : null}
      {!list || list.total === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700" data-testid="sheets-total">{t("total", { count: list.total })}</p>
          <Table caption={t("title")} head={[t("sheet"), t("unit"), t("enteredOn"), t("questionnaire"), t("answers")]}>
            {list.sheets.map((s) => (
              <tr key={s.id} data-testid="sheet-row">
                <Cell>
                  <Link className="font-mono text-brand-700 underline" href={`/paper/sheets/${s.id}`} aria-label={t("open", { sheet: sheetLabel(s.id) })}>
                    {sheetLabel(s.id)}
                  </Link>
                </Cell>
                <Cell>{s.unit ? `${s.unit.code} · ${localName(s.unit, zh)}` : ""}</Cell>
                <Cell>{s.enteredOn}</Cell>
                <Cell>{t("versionLabel", { title: s.versionTitle, version: s.version })}</Cell>
                <Cell>{s.answers}</Cell>
              </tr>
            ))}
          </Table>
          {list.pages > 1 ? (
            <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
              {list.page > 1 ? <Link href={link(list.page - 1)}>{t("previous")}</Link> : null}
              <span>{t("page", { page: list.page, pages: list.pages })}</span>
              {list.page < list.pages ? <Link href={link(list.page + 1)}>{t("next")}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
