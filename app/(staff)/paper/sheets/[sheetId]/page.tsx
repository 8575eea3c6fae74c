import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSheetButton } from "@/components/paper/DeleteSheetButton";
import { PaperEntryForm } from "@/components/paper/PaperEntryForm";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { chosenCampaign } from "@/lib/campaigns/current";
import { sheetLabel } from "@/lib/paper/corrections-plan";
import { paperUnits } from "@/lib/paper/queries";
import { loadSheetForCorrection } from "@/lib/paper/sheets";
import { localName } from "@/i18n/local-name";

// One recorded paper sheet: corrected in the entry form (same checks as entry) or deleted after a
// confirmation. A sheet outside the caller's scope or chosen campaign is simply not found.
export default async function PaperSheetPage({ params }: { params: Promise<{ sheetId: string }> }) {
  const user = await requirePageUser("paper:enter");
  const t = await getTranslations("paper.sheets");
  const zh = (await getLocale()) === "zh";
  const campaign = await chosenCampaign(user.id);
  if (!campaign) notFound();
  const scope = await scopeOf(user);
  const sheet = await loadSheetForCorrection(scope, campaign.id, (await params).sheetId);
  if (!sheet) notFound();
  const units = await paperUnits(scope, campaign.id);
  const label = sheetLabel(sheet.id);

  return (
    <>
      <PageHeader title={t("sheetTitle", { sheet: label })} intro={t("sheetIntro")}>
        <Link className="text-sm text-brand-700 underline" href="/paper/sheets">{t("backToList")}</Link>
      </PageHeader>
      <div className="grid gap-8 xl:grid-cols-[1fr_20rem]">
        <section aria-labelledby="sheet-correct-heading">
          <h2 id="sheet-correct-heading" className="mb-2 text-lg font-semibold">{t("correctHeading")}</h2>
          <PaperEntryForm view={sheet.view} units={units.map((u) => ({ id: u.id, label: `${u.code} · ${localName(u, zh)}` }))}
            sheet={{ id: sheet.id, unitId: sheet.unitId, values: sheet.values }} />
        </section>
        <section aria-labelledby="sheet-delete-heading" className="space-y-2">
          <h2 id="sheet-delete-heading" className="text-lg font-semibold">{t("delete.heading")}</h2>
          <p className="text-sm text-slate-700">{t("delete.help")}</p>
          <DeleteSheetButton sheetId={sheet.id} label={label} />
        </section>
      </div>
    </>
  );
}
