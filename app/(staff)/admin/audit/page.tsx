import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditHistory } from "@/components/problems/AuditHistory";
import { FilterSelect, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { auditLog } from "@/lib/audit/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

// The whole audit log for admins, newest first: every feature's AuditEvent rows, filtered by
// person, kind of item and date, paged. Malformed filters are dropped, never trusted.
export default async function AuditPage({ searchParams }: Props) {
  await requirePageUser("audit:view");
  const t = await getTranslations("audit");
  const params = await searchParams;
  const actor = one(params.actor);
  const kind = one(params.kind);
  const from = one(params.from);
  const to = one(params.to);
  const page = Math.max(1, Math.min(100000, Number.parseInt(one(params.page), 10) || 1));
  const log = await auditLog({
    actorId: /^[0-9a-f-]{36}$/i.test(actor) ? actor : null,
    kind: /^[A-Za-z]{1,40}$/.test(kind) ? kind : null,
    from: isDay(from) ? new Date(`${from}T00:00:00Z`) : null,
    // "to" is inclusive: everything before the next day.
    to: isDay(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) : null,
    page,
  });
  const link = (p: number) => {
    const q = new URLSearchParams();
    if (actor) q.set("actor", actor);
    if (kind) q.set("kind", kind);
    if (from) q.set("from", from);
    if (to) q.set("to", to);
    q.set("page", String(p));
    return `/admin/audit?${q}`;
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" data-testid="audit-filters">
        <FilterSelect name="actor" label={t("filters.person")} value={actor} any={t("filters.any")} options={log.actors.map((a) => [a.id, a.name])} />
        <FilterSelect name="kind" label={t("filters.kind")} value={kind} any={t("filters.any")} options={log.kinds.map((k) => [k, t.has(`kinds.${k}`) ? t(`kinds.${k}`) : k])} />
        <label>
          <span className="mb-1 block font-medium">{t("filters.from")}</span>
          <input type="date" name="from" defaultValue={from} className={inputClass} />
        </label>
        <label>
          <span className="mb-1 block font-medium">{t("filters.to")}</span>
          <input type="date" name="to" defaultValue={to} className={inputClass} />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t("filters.apply")}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-count">
        {t("count", { count: log.total })}
      </p>
      <AuditHistory entries={log.entries} showTarget />
      <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
        {page > 1 ? <Link href={link(page - 1)}>{t("previous")}</Link> : null}
        <span>{t("page", { page, pages: log.pages })}</span>
        {page < log.pages ? <Link href={link(page + 1)}>{t("next")}</Link> : null}
      </nav>
    </>
  );
}
