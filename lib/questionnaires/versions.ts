import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { todayUtc } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { refuse } from "@/lib/questionnaires/outcome";
import { editState, newVersionRefusal, publishProblems, type VersionStatus } from "@/lib/questionnaires/rules";
import type { QuestionType } from "@/lib/surveys/structure";

export type LockedVersion = { id: string; status: VersionStatus; questionnaireId: string; version: number; language: string };

/**
 * Locks the version row for the rest of the transaction, so edits of one version run one after
 * another (orders stay unique) and no edit can land after a concurrent publish.
 */
export async function lockVersion(tx: Tx, versionId: string): Promise<LockedVersion> {
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
 * Publishes a draft. Earlier published versions of the same questionnaire are retired in the same
 * step, so officers are only ever offered one version; their responses stay with their version.
 */
export async function publishVersion(versionId: string, actorId: string): Promise<{ versionId: string; retired: number }> {
  return db.$transaction(async (tx) => {
    const version = await lockVersion(tx, versionId);
    if (version.status === "PUBLISHED") refuse("already_published");
    if (version.status === "RETIRED") refuse("retired");
    const sections = await tx.questionnaireSection.findMany({
      where: { versionId },
      orderBy: { order: "asc" },
      select: { title: true, questions: { select: { key: true, type: true, profileField: true, options: { select: { value: true } } } } },
    });
    const problems = publishProblems(sections);
    if (problems.length > 0) refuse("publish_problems", { problems });
    const retired = await tx.questionnaireVersion.updateMany({
      where: { questionnaireId: version.questionnaireId, status: "PUBLISHED", id: { not: versionId } },
      data: { status: "RETIRED" },
    });
    await tx.questionnaireVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedOn: todayUtc() } });
    await tx.auditEvent.create({
      data: { actorId, action: "questionnaire.publish", targetType: "QuestionnaireVersion", targetId: versionId, details: { retired: retired.count } },
    });
    return { versionId, retired: retired.count };
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
        intro: true,
        sections: {
          orderBy: { order: "asc" },
          select: {
            order: true,
            title: true,
            questions: {
              orderBy: { order: "asc" },
              select: {
                order: true, key: true, type: true, prompt: true, help: true, required: true, aspectCode: true, profileField: true,
                numberUnit: true, minValue: true, maxValue: true, normValue: true, normLabel: true,
                options: { orderBy: { order: "asc" }, select: { order: true, value: true, label: true } },
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
        intro: full.intro,
        sections: {
          create: full.sections.map((s) => ({
            order: s.order,
            title: s.title,
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
