import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { todayUtc } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { refuse } from "@/lib/questionnaires/outcome";
import { asLang, missingTranslations } from "@/lib/questionnaires/languages";
import { editState, newVersionRefusal, publishProblems, type VersionStatus } from "@/lib/questionnaires/rules";
import { loadTranslatable } from "@/lib/questionnaires/translatable";
import type { QuestionType } from "@/lib/surveys/structure";

export type LockedVersion = { id: string; status: VersionStatus; questionnaireId: string; version: number; language: string };

/**
 * Locks the version row for the rest of the transaction, so edits of one version run one after
 * another (orders stay unique) and no edit can land after a concurrent publish.
 */
async function lockVersion(tx: Tx, versionId: string): Promise<LockedVersion> {
  const rows = await tx.$queryRaw<LockedVersion[]>`
    SELECT v.id, v.status::text AS status, v."questionnaireId", v.version, q.language
    FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId"
    WHERE v.id = ${versionId}
    FOR UPDATE OF v`;
  if (rows.length === 0) throw new NotFoundError();
  return rows[0];
}

/** Locks the version and refuses unless its content may change (see editState). */
export async function lockEditableVersion(tx: Tx, versionId: string): Promise<LockedVersion> {
  const version = await lockVersion(tx, versionId);
  const state = editState(version);
  if (state !== "editable") refuse(state);
  return version;
}

/** Types of the keys earlier versions of the questionnaire used (the newest earlier use wins). */
export async function earlierKeyTypes(tx: Tx, version: LockedVersion): Promise<Map<string, QuestionType>> {
  const rows = await tx.question.findMany({
    where: { section: { version: { questionnaireId: version.questionnaireId, version: { lt: version.version } } } },
    select: { key: true, type: true, section: { select: { version: { select: { version: true } } } } },
  });
  rows.sort((a, b) => a.section.version.version - b.section.version.version);
  return new Map(rows.map((r) => [r.key, r.type]));
}

const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

/**
 * Locks the campaign a version belongs to: publishing and retiring change which version of the
 * campaign is live, so they run one after another per campaign, whichever questionnaire they touch.
 * Taken before the version's own lock, in every path, so two of them never wait on each other.
 */
async function lockCampaignOf(tx: Tx, versionId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Campaign" c
    JOIN "Questionnaire" q ON q."campaignId" = c.id
    JOIN "QuestionnaireVersion" v ON v."questionnaireId" = q.id
    WHERE v.id = ${versionId}
    FOR UPDATE OF c`;
  if (rows.length === 0) throw new NotFoundError();
  return rows[0].id;
}

/** The version officers of a campaign answer now: its one PUBLISHED version (see publishVersion). */
export async function liveVersionId(tx: Tx, campaignId: string): Promise<string | null> {
  const live = await tx.questionnaireVersion.findFirst({
    where: { status: "PUBLISHED", questionnaire: { campaignId } },
    orderBy: [{ publishedOn: "desc" }, { version: "desc" }],
    select: { id: true },
  });
  return live?.id ?? null;
}

/**
 * Publishes a draft as the campaign's live questionnaire. A campaign has one live version: the one
 * it replaces (of this or another questionnaire of the campaign) is retired in the same step, and
 * only if it is the one the admin's confirmation named. Responses stay with their version.
 * Texts missing in one language do not stop it when the admin accepted that (officers then read
 * the other language, marked as such): see docs/decisions/007-bilingual-questionnaires.md.
 */
export async function publishVersion(
  input: { versionId: string; expectedLiveVersionId: string | null; acceptMissingTranslations: boolean },
  actorId: string,
): Promise<{ versionId: string; replaced: string | null }> {
  const { versionId } = input;
  return db.$transaction(async (tx) => {
    const campaignId = await lockCampaignOf(tx, versionId);
    const version = await lockVersion(tx, versionId);
    if (version.status === "PUBLISHED") refuse("already_published");
    if (version.status === "RETIRED") refuse("retired");
    const content = await loadTranslatable(tx, versionId, version.language);
    const problems = publishProblems(content.sections.map((s) => ({ title: s.title[asLang(version.language)], questions: s.questions })));
    if (problems.length > 0) refuse("publish_problems", { problems });
    const missing = missingTranslations(content);
    if (missing.length > 0 && !input.acceptMissingTranslations) refuse("missing_translations", { missing });
    const live = await liveVersionId(tx, campaignId);
    if (live !== input.expectedLiveVersionId) refuse("live_changed");
    // updateMany, not just `live`: databases from before the one-live rule may hold several.
    await tx.questionnaireVersion.updateMany({ where: { status: "PUBLISHED", questionnaire: { campaignId } }, data: { status: "RETIRED" } });
    await tx.questionnaireVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedOn: todayUtc() } });
    await tx.auditEvent.create({
      data: {
        actorId, action: "questionnaire.publish", targetType: "QuestionnaireVersion", targetId: versionId,
        details: { replaced: live, missingTranslations: missing.length },
      },
    });
    return { versionId, replaced: live };
  }, TX_OPTIONS);
}

/** Takes the live version off the survey: officers get no questionnaire until another is published. */
export async function retireVersion(versionId: string, actorId: string): Promise<{ versionId: string }> {
  return db.$transaction(async (tx) => {
    await lockCampaignOf(tx, versionId);
    const version = await lockVersion(tx, versionId);
    if (version.status !== "PUBLISHED") refuse(version.status === "DRAFT" ? "not_live" : "retired");
    await tx.questionnaireVersion.update({ where: { id: versionId }, data: { status: "RETIRED" } });
    await tx.auditEvent.create({
      data: { actorId, action: "questionnaire.retire", targetType: "QuestionnaireVersion", targetId: versionId, details: {} },
    });
    return { versionId };
  }, TX_OPTIONS);
}

/**
 * Deletes a draft nobody answered. Published and retired versions are the record of what officers
 * were asked, so they are never deleted. A questionnaire left without versions goes with its draft.
 */
export async function deleteDraft(versionId: string, actorId: string): Promise<{ versionId: string; questionnaireDeleted: boolean }> {
  return db.$transaction(async (tx) => {
    const version = await lockVersion(tx, versionId);
    if (version.status !== "DRAFT") refuse("not_draft");
    const answered =
      (await tx.response.count({ where: { versionId } })) + (await tx.answer.count({ where: { question: { section: { versionId } } } }));
    if (answered > 0) refuse("has_answers");
    await tx.questionnaireVersion.delete({ where: { id: versionId } });
    const left = await tx.questionnaireVersion.count({ where: { questionnaireId: version.questionnaireId } });
    if (left === 0) await tx.questionnaire.delete({ where: { id: version.questionnaireId } });
    await tx.auditEvent.create({
      data: {
        actorId, action: "questionnaire.delete_draft", targetType: "QuestionnaireVersion", targetId: versionId,
        details: { version: version.version, questionnaireDeleted: left === 0 },
      },
    });
    return { versionId, questionnaireDeleted: left === 0 };
  }, TX_OPTIONS);
}

/** Copies a published or retired version into a new draft: same sections, questions, keys, options. */
export async function startNewVersion(versionId: string, actorId: string): Promise<{ versionId: string }> {
  return db.$transaction(async (tx) => {
    const source = await lockVersion(tx, versionId);
    const draft = await tx.questionnaireVersion.findFirst({
      where: { questionnaireId: source.questionnaireId, status: "DRAFT" },
      select: { id: true },
    });
    const refusal = newVersionRefusal(source, draft !== null);
    if (refusal) refuse(refusal, draft ? { draftId: draft.id } : {});
    const full = await tx.questionnaireVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: {
        title: true,
        titleTranslation: true,
        intro: true,
        introTranslation: true,
        sections: {
          orderBy: { order: "asc" },
          select: {
            order: true,
            title: true,
            titleTranslation: true,
            questions: {
              orderBy: { order: "asc" },
              select: {
                order: true, key: true, type: true, prompt: true, promptTranslation: true, help: true, helpTranslation: true,
                required: true, aspectCode: true, profileField: true,
                numberUnit: true, numberUnitTranslation: true, minValue: true, maxValue: true, normValue: true, normLabel: true, normLabelTranslation: true,
                options: { orderBy: { order: "asc" }, select: { order: true, value: true, label: true, labelTranslation: true } },
              },
            },
          },
        },
      },
    });
    const latest = await tx.questionnaireVersion.aggregate({ where: { questionnaireId: source.questionnaireId }, _max: { version: true } });
    const created = await tx.questionnaireVersion.create({
      data: {
        questionnaireId: source.questionnaireId,
        version: (latest._max.version ?? 0) + 1,
        status: "DRAFT",
        title: full.title,
        titleTranslation: full.titleTranslation,
        intro: full.intro,
        introTranslation: full.introTranslation,
        sections: {
          create: full.sections.map((s) => ({
            order: s.order,
            title: s.title,
            titleTranslation: s.titleTranslation,
            questions: { create: s.questions.map(({ options, ...q }) => ({ ...q, options: { create: options } })) },
          })),
        },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId, action: "questionnaire.new_version", targetType: "QuestionnaireVersion", targetId: created.id, details: { from: versionId } },
    });
    return { versionId: created.id };
  }, TX_OPTIONS);
}
