import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/Page";
import { DeleteSession } from "@/components/seminars/DeleteSession";
import { SessionForm } from "@/components/seminars/SessionForm";
import { draftFromSession } from "@/components/seminars/draft";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { aspectChoices } from "@/lib/review/queries";
import { getSession, sessionUnits } from "@/lib/seminars/queries";
import { localName } from "@/i18n/local-name";

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("seminar:log");
  const t = await getTranslations("seminars");
  const zh = (await getLocale()) === "zh";
  const scope = await scopeOf(user);
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/i.test(id) ? await getSession(scope, id) : null;
  if (!session) notFound();
  const units = await sessionUnits(scope, session.campaignId);
  return (
    <>
      <PageHeader title={t("form.editTitle")} intro={t("form.editIntro")} />
      <SessionForm
        campaign={{ id: session.campaignId, startsOn: session.campaign.startsOn, endsOn: session.campaign.endsOn }}
        units={units.map((u) => ({ id: u.id, label: `${u.code} · ${localName(u, zh)}` }))}
        aspects={await aspectChoices()}
        initial={draftFromSession(session)}
      />
      <div className="mt-8 border-t border-slate-200 pt-4">
        <DeleteSession sessionId={session.id} />
      </div>
    </>
  );
}
