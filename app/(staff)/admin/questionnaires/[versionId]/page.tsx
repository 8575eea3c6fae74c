import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/Page";
import { BothTexts, SectionBlock } from "@/components/questionnaires/SectionBlock";
import { StatusBadge } from "@/components/questionnaires/StatusBadge";
import { MissingTranslations } from "@/components/questionnaires/MissingTranslations";
import { PublishPanel } from "@/components/questionnaires/PublishPanel";
import { DeleteDraftButton, NewVersionButton, ProfileQuestionButtons, RetireButton } from "@/components/questionnaires/VersionActions";
import { AddSectionForm, VersionMetaForm } from "@/components/questionnaires/VersionForms";
import { requirePageUser } from "@/lib/auth/current-user";
import { isoDate } from "@/lib/dates";
import { PROFILE_FIELDS } from "@/lib/questionnaires/presets";
import { listAspectChoices, loadBuilder } from "@/lib/questionnaires/queries";
import { localName, localTitle } from "@/i18n/local-name";

export default async function QuestionnaireBuilderPage({ params }: { params: Promise<{ versionId: string }> }) {
  await requirePageUser("questionnaire:manage");
  const { versionId } = await params;
  const t = await getTranslations("questionnaires");
  const zh = (await getLocale()) === "zh";
  // A malformed id is simply not found (the uuid column would reject it).
  const builder = /^[0-9a-f-]{36}$/i.test(versionId) ? await loadBuilder(versionId) : null;
  if (!builder) notFound();
  const aspects = (await listAspectChoices()).map((a) => ({ code: a.code, title: localTitle(a, zh) }));
  const editable = builder.editState === "editable";
  const questions = builder.sections.flatMap((s) => s.questions);
  const missingProfile = PROFILE_FIELDS.filter((field) => !questions.some((q) => q.profileField === field));
  const campaign = localName(builder.questionnaire.campaign, zh);
  const title = (zh ? builder.title.zh : builder.title.en) || builder.title[builder.own];
  const live = builder.live;
  const liveName = live ? (zh ? live.title.zh : live.title.en) || live.title.zh || live.title.en : "";

  return (
    <>
      <Link href="/admin/questionnaires" className="mb-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("backToList")}
      </Link>
      <PageHeader title={title} intro={t("builder.intro", { questionnaire: builder.questionnaire.title, version: builder.version, campaign })}>
        <Link href={`/admin/questionnaires/${builder.id}/preview`} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50" data-testid="preview-link">
          {t("builder.preview")}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <aside className="space-y-4 lg:order-2" aria-label={t("builder.statusHeading")}>
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="version-status">
            <h2 className="flex items-center gap-2 font-semibold">
              {t("builder.statusHeading")} <StatusBadge status={builder.status} />
            </h2>
            <p className="text-sm text-slate-700">
              {t(`state.${builder.status}`, { count: builder.responseCount, date: isoDate(builder.publishedOn) })}
            </p>
            <p className="text-sm text-slate-700" data-testid="campaign-live">
              {live
                ? live.id === builder.id
                  ? t("live.thisOne", { campaign })
                  : t("live.other", { campaign, title: liveName, version: live.version })
                : t("live.none", { campaign })}
            </p>
            {builder.status === "DRAFT" ? (
              <PublishPanel versionId={builder.id} version={builder.version} title={builder.title} missing={builder.missingTranslations}
                live={live ? { id: live.id, version: live.version, title: live.title, publishedOn: isoDate(live.publishedOn), responses: live.responses } : null} />
            ) : null}
            {builder.status === "PUBLISHED" ? <RetireButton versionId={builder.id} version={builder.version} responses={builder.responseCount} /> : null}
            {builder.status === "DRAFT" ? <DeleteDraftButton versionId={builder.id} version={builder.version} /> : null}
            {builder.status !== "DRAFT" && !builder.draft ? <NewVersionButton versionId={builder.id} /> : null}
            {builder.draft ? (
              <Link href={`/admin/questionnaires/${builder.draft.id}`} className="block text-sm text-brand-700 underline">
                {t("builder.openDraft", { version: builder.draft.version })}
              </Link>
            ) : null}
            {builder.status === "PUBLISHED" ? (
              <p className="text-sm">
                {t("builder.templates")}{" "}
                <a className="text-brand-700 underline" href={`/api/paper/template/${builder.id}?format=csv`}>CSV</a>{" · "}
                <a className="text-brand-700 underline" href={`/api/paper/template/${builder.id}?format=xlsx`}>XLSX</a>
              </p>
            ) : null}
          </div>
          <nav className="rounded-lg border border-slate-200 bg-white p-4" aria-label={t("builder.versions")}>
            <h2 className="mb-2 font-semibold">{t("builder.versions")}</h2>
            <ul className="space-y-1 text-sm">
              {builder.questionnaire.versions.map((v) => (
                <li key={v.id} className="flex items-center justify-between gap-2">
                  {v.id === builder.id ? (
                    <span aria-current="page" className="font-semibold">{t("versionN", { version: v.version })}</span>
                  ) : (
                    <Link href={`/admin/questionnaires/${v.id}`} className="text-brand-700 underline">{t("versionN", { version: v.version })}</Link>
                  )}
                  <StatusBadge status={v.status} />
                </li>
              ))}
            </ul>
          </nav>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">{t("languages.heading")}</h2>
            <MissingTranslations missing={builder.missingTranslations} />
          </div>
          {editable ? (
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="mb-2 font-semibold">{t("profile.heading")}</h2>
              <ProfileQuestionButtons versionId={builder.id} missing={missingProfile} />
            </div>
          ) : null}
        </aside>
        <div className="space-y-6 lg:order-1">
          {editable ? (
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <VersionMetaForm versionId={builder.id} own={builder.own} title={builder.title} intro={builder.intro} />
            </div>
          ) : (
            <div className="space-y-1 text-slate-700">
              <p className="font-medium"><BothTexts text={builder.title} /></p>
              {builder.intro.zh || builder.intro.en ? <p className="whitespace-pre-line"><BothTexts text={builder.intro} /></p> : null}
            </div>
          )}
          {builder.sections.length === 0 ? <p className="text-slate-600" data-testid="empty-state">{t("builder.noSections")}</p> : null}
          {builder.sections.map((section, index) => (
            <SectionBlock key={section.id} own={builder.own} section={section} position={index + 1} count={builder.sections.length} editable={editable}
              aspects={aspects} earlierKeys={builder.earlierKeys} />
          ))}
          {editable ? <AddSectionForm versionId={builder.id} own={builder.own} /> : null}
        </div>
      </div>
    </>
  );
}
