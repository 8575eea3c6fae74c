import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { refuse } from "@/lib/questionnaires/outcome";
import { asLang, bilingual, otherLang } from "@/lib/questionnaires/languages";
import { assignOptionCodes } from "@/lib/questionnaires/option-codes";
import { contentLanguage, likertOptions, PROFILE_SECTION_TITLE, profilePreset } from "@/lib/questionnaires/presets";
import { keyRefusal, swapPartner } from "@/lib/questionnaires/rules";
import {
  normalizeQuestion,
  type addProfileSchema,
  type addQuestionSchema,
  type addSectionSchema,
  type createQuestionnaireSchema,
  type moveSchema,
  type renameSectionSchema,
  type updateQuestionSchema,
  type versionMetaSchema,
} from "@/lib/questionnaires/schemas";
import { earlierKeyTypes, lockEditableVersion, type LockedVersion } from "@/lib/questionnaires/versions";

// Every change to a version's content: each runs in one transaction that first locks the version
// and refuses unless it is still editable. Returned ids let the action refresh the right page.
type Changed = { versionId: string };
const run = <T>(fn: (tx: Tx) => Promise<T>) => db.$transaction(fn, { timeout: 20_000, maxWait: 10_000 });

export async function createQuestionnaire(input: z.output<typeof createQuestionnaireSchema>): Promise<Changed> {
  const campaign = await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } });
  if (!campaign) throw new NotFoundError();
  const created = await db.questionnaire.create({
    data: { campaignId: campaign.id, title: input.title, language: input.language, versions: { create: { version: 1, title: input.title } } },
    select: { versions: { select: { id: true } } },
  });
  return { versionId: created.versions[0].id };
}

export function updateVersionMeta(input: z.output<typeof versionMetaSchema>): Promise<Changed> {
  return run(async (tx) => {
    await lockEditableVersion(tx, input.versionId);
    await tx.questionnaireVersion.update({
      where: { id: input.versionId },
      data: { title: input.title, titleTranslation: input.titleTranslation, intro: input.intro, introTranslation: input.introTranslation },
    });
    return { versionId: input.versionId };
  });
}

async function nextSectionOrder(tx: Tx, versionId: string) {
  const max = await tx.questionnaireSection.aggregate({ where: { versionId }, _max: { order: true } });
  return (max._max.order ?? -1) + 1;
}

export function addSection(input: z.output<typeof addSectionSchema>): Promise<Changed & { sectionId: string }> {
  return run(async (tx) => {
    await lockEditableVersion(tx, input.versionId);
    const section = await tx.questionnaireSection.create({
      data: { versionId: input.versionId, order: await nextSectionOrder(tx, input.versionId), title: input.title, titleTranslation: input.titleTranslation },
      select: { id: true },
    });
    return { versionId: input.versionId, sectionId: section.id };
  });
}

/** The section's version, locked and checked editable. */
async function editableSection(tx: Tx, sectionId: string): Promise<LockedVersion> {
  const section = await tx.questionnaireSection.findUnique({ where: { id: sectionId }, select: { versionId: true } });
  if (!section) throw new NotFoundError();
  return lockEditableVersion(tx, section.versionId);
}

export function renameSection(input: z.output<typeof renameSectionSchema>): Promise<Changed> {
  return run(async (tx) => {
    const version = await editableSection(tx, input.sectionId);
    await tx.questionnaireSection.update({ where: { id: input.sectionId }, data: { title: input.title, titleTranslation: input.titleTranslation } });
    return { versionId: version.id };
  });
}

/** Only an empty section goes: questions are never deleted as a side effect. */
export function deleteSection(sectionId: string): Promise<Changed> {
  return run(async (tx) => {
    const version = await editableSection(tx, sectionId);
    if ((await tx.question.count({ where: { sectionId } })) > 0) refuse("section_not_empty");
    await tx.questionnaireSection.delete({ where: { id: sectionId } });
    return { versionId: version.id };
  });
}

// Orders are unique per parent, so a swap parks one row at -1 first.
export function moveSection(input: z.output<typeof moveSchema>): Promise<Changed> {
  return run(async (tx) => {
    const version = await editableSection(tx, input.id);
    const sections = await tx.questionnaireSection.findMany({ where: { versionId: version.id }, orderBy: { order: "asc" }, select: { id: true, order: true } });
    const me = sections.find((s) => s.id === input.id)!;
    const other = swapPartner(sections, input.id, input.direction);
    if (other) {
      await tx.questionnaireSection.update({ where: { id: me.id }, data: { order: -1 } });
      await tx.questionnaireSection.update({ where: { id: other.id }, data: { order: me.order } });
      await tx.questionnaireSection.update({ where: { id: me.id }, data: { order: other.order } });
    }
    return { versionId: version.id };
  });
}

async function checkKeyAndAspect(
  tx: Tx,
  version: LockedVersion,
  q: ReturnType<typeof normalizeQuestion>,
  current: { key: string; aspectCode: string | null } | null,
) {
  const keysInVersion = (await tx.question.findMany({ where: { section: { versionId: version.id } }, select: { key: true } })).map((r) => r.key);
  const refusal = keyRefusal({ currentKey: current?.key ?? null, newKey: q.key, newType: q.type, keysInVersion, earlierTypes: await earlierKeyTypes(tx, version) });
  if (refusal) refuse(refusal, { field: refusal === "key_type_fixed" ? "type" : "key" });
  if (q.aspectCode && q.aspectCode !== current?.aspectCode) {
    const aspect = await tx.aspect.findUnique({ where: { code: q.aspectCode }, select: { archived: true } });
    if (!aspect || aspect.archived) refuse("aspect_unknown", { field: "aspectCode" });
  }
}

/** The stored options: Likert labels in both languages, blank choice codes made from the labels. */
function optionRows(q: ReturnType<typeof normalizeQuestion>, language: string) {
  const own = asLang(language);
  if (q.type === "LIKERT") {
    const translated = likertOptions(otherLang(own));
    return likertOptions(own).map((o, order) => ({ order, value: o.value, label: o.label, labelTranslation: translated[order].label }));
  }
  const coded = assignOptionCodes(q.options.map((o) => ({ ...o, label: bilingual(o.label, o.labelTranslation, own) })));
  return coded.map((o, order) => ({ order, value: o.value, label: q.options[order].label, labelTranslation: q.options[order].labelTranslation }));
}

export function addQuestion(input: z.output<typeof addQuestionSchema>): Promise<Changed & { questionId: string }> {
  return run(async (tx) => {
    const version = await editableSection(tx, input.sectionId);
    const q = normalizeQuestion(input);
    await checkKeyAndAspect(tx, version, q, null);
    const max = await tx.question.aggregate({ where: { sectionId: input.sectionId }, _max: { order: true } });
    const { options, ...fields } = q;
    void options;
    const created = await tx.question.create({
      data: { ...fields, sectionId: input.sectionId, order: (max._max.order ?? -1) + 1, options: { create: optionRows(q, version.language) } },
      select: { id: true },
    });
    return { versionId: version.id, questionId: created.id };
  });
}

async function editableQuestion(tx: Tx, questionId: string) {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: { id: true, key: true, aspectCode: true, profileField: true, sectionId: true, section: { select: { versionId: true } }, options: { orderBy: { order: "asc" }, select: { value: true, label: true, labelTranslation: true } } },
  });
  if (!question) throw new NotFoundError();
  return { question, version: await lockEditableVersion(tx, question.section.versionId) };
}

export function updateQuestion(input: z.output<typeof updateQuestionSchema>): Promise<Changed> {
  return run(async (tx) => {
    const { question, version } = await editableQuestion(tx, input.questionId);
    let q = normalizeQuestion(input);
    if (question.profileField) {
      // Profile questions keep their preset shape (key, single choice, optional, the same bands,
      // "prefer not to say"); only the wording may change.
      const labels = new Map(input.options.map((o) => [o.value, o]));
      const options = question.options.map((o) => ({
        value: o.value,
        label: labels.get(o.value)?.label ?? o.label,
        labelTranslation: labels.get(o.value)?.labelTranslation ?? o.labelTranslation,
      }));
      q = { ...q, key: question.key, type: "SINGLE_CHOICE", required: false, aspectCode: null, options };
    }
    await checkKeyAndAspect(tx, version, q, question);
    const { options, ...fields } = q;
    void options;
    await tx.questionOption.deleteMany({ where: { questionId: question.id } });
    await tx.question.update({ where: { id: question.id }, data: { ...fields, options: { create: optionRows(q, version.language) } } });
    return { versionId: version.id };
  });
}

export function deleteQuestion(questionId: string): Promise<Changed> {
  return run(async (tx) => {
    const { question, version } = await editableQuestion(tx, questionId);
    await tx.question.delete({ where: { id: question.id } });
    return { versionId: version.id };
  });
}

export function moveQuestion(input: z.output<typeof moveSchema>): Promise<Changed> {
  return run(async (tx) => {
    const { question, version } = await editableQuestion(tx, input.id);
    const siblings = await tx.question.findMany({ where: { sectionId: question.sectionId }, orderBy: { order: "asc" }, select: { id: true, order: true } });
    const me = siblings.find((s) => s.id === question.id)!;
    const other = swapPartner(siblings, question.id, input.direction);
    if (other) {
      await tx.question.update({ where: { id: me.id }, data: { order: -1 } });
      await tx.question.update({ where: { id: other.id }, data: { order: me.order } });
      await tx.question.update({ where: { id: me.id }, data: { order: other.order } });
    }
    return { versionId: version.id };
  });
}

/** Adds a preset profile question to the version's profile section (created at the end if missing). */
export function addProfileQuestion(input: z.output<typeof addProfileSchema>): Promise<Changed & { questionId: string }> {
  return run(async (tx) => {
    const version = await lockEditableVersion(tx, input.versionId);
    const language = contentLanguage(version.language);
    const preset = profilePreset(input.field, language);
    const translated = profilePreset(input.field, otherLang(language));
    const existing = await tx.question.findFirst({
      where: { section: { versionId: version.id }, OR: [{ profileField: input.field }, { key: preset.key }] },
      select: { id: true },
    });
    if (existing) refuse("profile_exists");
    const home = await tx.questionnaireSection.findFirst({
      where: { versionId: version.id, questions: { some: { profileField: { not: null } } } },
      select: { id: true },
    });
    const sectionId =
      home?.id ??
      (await tx.questionnaireSection.create({
        data: { versionId: version.id, order: await nextSectionOrder(tx, version.id), title: PROFILE_SECTION_TITLE[language], titleTranslation: PROFILE_SECTION_TITLE[otherLang(language)] },
        select: { id: true },
      })).id;
    const max = await tx.question.aggregate({ where: { sectionId }, _max: { order: true } });
    const created = await tx.question.create({
      data: {
        sectionId, order: (max._max.order ?? -1) + 1, key: preset.key, type: "SINGLE_CHOICE", prompt: preset.prompt, promptTranslation: translated.prompt,
        required: false, profileField: input.field,
        options: { create: preset.options.map((o, order) => ({ order, value: o.value, label: o.label, labelTranslation: translated.options[order].label })) },
      },
      select: { id: true },
    });
    return { versionId: version.id, questionId: created.id };
  });
}
