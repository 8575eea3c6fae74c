import "./print.css";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { FilterSelect } from "@/components/ui/form-parts";
import { ReportActionButton } from "@/components/report/ReportActionButton";
import { ReportDocument } from "@/components/report/ReportDocument";
import { VersionDiff } from "@/components/report/VersionDiff";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isoDate } from "@/lib/dates";
import { diffVersions } from "@/lib/reports/paragraphs";
import { loadReportView, paragraphsOfNumber, readsReport } from "@/lib/reports/queries";
import { MAX_PARAGRAPH } from "@/lib/reports/schemas";
import { localName } from "@/i18n/local-name";

type Search = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
const uuid = /^[0-9a-f-]{36}$/i;
const select = "rounded border border-slate-300 px-2 py-1";
const positive = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null);

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("report:view");
  const t = await getTranslations("report");
  const locale = await getLocale();
  const zh = locale === "zh";
  // Sub-bureau heads: no report (decision 014); the menu does not offer it either.
  if (!(await readsReport(user))) redirect("/forbidden");
  const params = await searchParams;
  const campaignParam = first(params.campaign);
  const view = await loadReportView(
    campaignParam && uuid.test(campaignParam) ? campaignParam : null,
    positive(first(params.version)),
  );
  const canGenerate = can(user.role, "report:generate");
  const canApprove = can(user.role, "report:approve");
  if (!view.campaign)
    return (
      <>
        <PageHeader title={t("title")} intro={t("intro")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  const current = view.current;
  const compareNumber = positive(first(params.compare));
  const compareParagraphs =
    current && compareNumber && compareNumber !== current.number
      ? await paragraphsOfNumber(view.campaign.id, compareNumber)
      : null;
  const campaignQuery = `campaign=${view.campaign.id}`;
  const isLatest = current !== null && current.number === view.versions[0]?.number;
  const versionChoices = (approvedMark: string) =>
    view.versions.map((v): [number, string] => [v.number, t("version", { number: v.number }) + (v.approvedAt ? approvedMark : "")]);

  return (
    <>
      <div className="no-print">
        <PageHeader title={t("title")} intro={t("intro")} />
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          <FilterSelect name="campaign" label={t("campaign")} value={view.campaign.id} className={select} options={view.campaigns.map((c) => [c.id, localName(c, zh)])} />
          {view.versions.length > 0 ? (
            <FilterSelect name="version" label={t("versions")} value={current?.number} className={select} testId="version-select" options={versionChoices(" ✓")} />
          ) : null}
          {view.versions.length > 1 ? (
            <FilterSelect name="compare" label={t("compare")} value={compareNumber ?? ""} any="—" className={select} testId="compare-select" options={versionChoices("")} />
          ) : null}
          <button type="submit" className="rounded border border-slate-300 px-3 py-1">
            {t("compareShow")}
          </button>
        </form>
        <div className="mb-4 flex flex-wrap items-start gap-4">
          {canGenerate ? (
            <ReportActionButton
              kind="draft"
              id={view.campaign.id}
              label={current ? t("regenerate") : t("draftButton")}
              hint={current ? t("regenerateHint") : undefined}
            />
          ) : null}
          {canApprove && current && !current.approvedAt ? (
            <ReportActionButton kind="approve" id={current.id} label={t("approve")} hint={t("approveHint")} />
          ) : null}
          {current ? (
            <div>
              <a
                href={`/api/report/${current.id}/docx`}
                className="font-medium text-brand-700 underline"
                data-testid="docx-link"
              >
                {t("docx")}
              </a>
              <p className="mt-1 max-w-md text-xs text-slate-600">{t("print")}</p>
            </div>
          ) : null}
        </div>
        {current ? (
          <p className="mb-2 text-sm text-slate-700" data-testid="version-status">
            {t("versionMeta", {
              number: current.number,
              date: isoDate(current.createdAt),
              language: t(`languages.${current.locale === "zh" ? "zh" : "en"}`),
            })}{" "}
            —{" "}
            {current.approvedAt
              ? t("approvedBadge", { date: isoDate(current.approvedAt), name: current.approvedBy ?? "" })
              : t("draftBadge")}
          </p>
        ) : null}
        {compareParagraphs && current ? (
          <VersionDiff
            title={t("compareTitle", { from: compareNumber!, to: current.number })}
            rows={diffVersions(compareParagraphs, current.paragraphs)}
            labels={{
              added: t("diff.added"),
              removed: t("diff.removed"),
              changed: t("diff.changed"),
              before: t("diff.before"),
              after: t("diff.after"),
              noChanges: t("diff.noChanges"),
            }}
          />
        ) : null}
      </div>
      {current ? (
        <ReportDocument
          paragraphs={current.paragraphs}
          versionId={current.id}
          editable={canGenerate && !current.approvedAt && isLatest}
          labels={{
            edit: t("edit"),
            save: t("save"),
            cancel: t("cancel"),
            textEmpty: t("textEmpty"),
            textTooLong: t("textTooLong", { max: MAX_PARAGRAPH }),
            edited: t("editedBadge"),
            stale: t("staleBadge"),
          }}
        />
      ) : (
        <EmptyState>
          <p>{t("empty")}</p>
          <p className="mt-2 text-sm">{t("sections")}</p>
        </EmptyState>
      )}
      {canGenerate ? <ExportLinks campaignQuery={campaignQuery} t={t} /> : null}
    </>
  );
}

function ExportLinks({ campaignQuery, t }: { campaignQuery: string; t: (key: string) => string }) {
  const kinds = [
    ["responses", t("exportResponses")],
    ["findings", t("exportFindings")],
    ["actions", t("exportActions")],
  ] as const;
  return (
    <section className="no-print mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="exports">
      <h2 className="font-semibold text-brand-900">{t("exports")}</h2>
      <p className="mt-1 text-slate-600">{t("exportsHint")}</p>
      <ul className="mt-2 space-y-1">
        {kinds.map(([kind, label]) => (
          <li key={kind}>
            {label}:{" "}
            <a
              className="text-brand-700 underline"
              href={`/api/exports/${kind}?${campaignQuery}&format=csv`}
              data-testid={`export-${kind}-csv`}
            >
              CSV
            </a>{" "}
            ·{" "}
            <a
              className="text-brand-700 underline"
              href={`/api/exports/${kind}?${campaignQuery}&format=xlsx`}
              data-testid={`export-${kind}-xlsx`}
            >
              XLSX
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
