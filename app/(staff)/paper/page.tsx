import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { PaperEntryForm } from "@/components/paper/PaperEntryForm";
import { PaperImportForm } from "@/components/paper/PaperImportForm";
import { buttonClass, inputClass } from "@/components/ui/form-parts";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { chosenCampaign } from "@/lib/campaigns/current";
import { listPaperVersions, loadPaperView, paperCount, paperUnits } from "@/lib/paper/queries";
import { localName } from "@/i18n/local-name";

export default async function PaperPage({ searchParams }: { searchParams: Promise<{ version?: string | string[] }> }) {
  const user = await requirePageUser("paper:enter");
  const t = await getTranslations("paper");
  const zh = (await getLocale()) === "zh";
  const scope = await scopeOf(user);
  const campaign = await chosenCampaign(user.id);
  const versions = campaign ? await listPaperVersions(campaign.id) : [];
  const asked = (await searchParams).version;
  const chosen = versions.find((v) => v.id === asked) ?? versions[0];
  const view = chosen ? await loadPaperView(chosen.id) : null;
  if (!chosen || !view) {
    return (
      <>
        <PageHeader title={t("title")} intro={t("intro")} />
        <EmptyState>{t("empty")}</EmptyState>
      </>
    );
  }
  const [units, count] = await Promise.all([paperUnits(scope, view.campaignId), paperCount(scope, view.campaignId)]);
  const label = (v: (typeof versions)[number]) => t("versionLabel", { title: v.title, version: v.version });

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        {versions.length > 1 ? (
          // A plain GET form: choosing another questionnaire is navigation, not a mutation.
          <form method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="paper-version" className="mb-1 block text-sm font-medium">{t("questionnaire")}</label>
              <select id="paper-version" name="version" defaultValue={chosen.id} className={inputClass}>
                {versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}
              </select>
            </div>
            <button type="submit" className={buttonClass}>{t("choose")}</button>
          </form>
        ) : (
          <p className="font-medium" data-testid="paper-questionnaire">{label(chosen)}</p>
        )}
        <p className="text-sm text-slate-600">
          <span data-testid="paper-count">{t("counted", { count })}</span>{" "}
          {count > 0 ? <Link className="text-brand-700 underline" href="/paper/sheets" data-testid="paper-sheets-link">{t("sheets.openList")}</Link> : null}
        </p>
      </div>
      {units.length === 0 ? (
        <EmptyState>{t("noUnits")}</EmptyState>
      ) : (
        <div className="grid gap-8 xl:grid-cols-[1fr_24rem]">
          <section aria-labelledby="paper-entry-heading">
            <h2 id="paper-entry-heading" className="mb-2 text-lg font-semibold">{t("entry.heading")}</h2>
            <PaperEntryForm key={view.versionId} view={view} units={units.map((u) => ({ id: u.id, label: `${u.code} · ${localName(u, zh)}` }))} />
          </section>
          <section aria-labelledby="paper-import-heading" className="space-y-3">
            <h2 id="paper-import-heading" className="text-lg font-semibold">{t("import.heading")}</h2>
            <p className="text-sm">
              {t("import.templates")}{" "}
              <a className="text-brand-700 underline" href={`/api/paper/template/${view.versionId}?format=csv`} data-testid="template-csv">{t("import.csv")}</a>
              {" · "}
              <a className="text-brand-700 underline" href={`/api/paper/template/${view.versionId}?format=xlsx`} data-testid="template-xlsx">{t("import.xlsx")}</a>
            </p>
            <PaperImportForm key={view.versionId} versionId={view.versionId} />
          </section>
        </div>
      )}
    </>
  );
}
