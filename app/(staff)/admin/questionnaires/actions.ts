"use server";
// The builder's server actions: thin wrappers. defineAction checks the session, the
// "questionnaire:manage" permission and the form's schema; the mutation checks the version is
// still editable; a refusal comes back as data the form can show next to the right field.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction, type ActionContext } from "@/lib/server-actions/define-action";
import { outcomeOf } from "@/lib/questionnaires/outcome";
import {
  addProfileQuestion,
  addQuestion,
  addSection,
  createQuestionnaire,
  deleteQuestion,
  deleteSection,
  moveQuestion,
  moveSection,
  renameSection,
  updateQuestion,
  updateVersionMeta,
} from "@/lib/questionnaires/mutations";
import {
  addProfileSchema,
  addQuestionSchema,
  addSectionSchema,
  createQuestionnaireSchema,
  moveSchema,
  publishSchema,
  questionRefSchema,
  renameSectionSchema,
  sectionRefSchema,
  updateQuestionSchema,
  versionMetaSchema,
  versionRefSchema,
} from "@/lib/questionnaires/schemas";
import { deleteDraft, publishVersion, retireVersion, startNewVersion } from "@/lib/questionnaires/versions";

function builderAction<S extends z.ZodType, T extends { versionId: string }>(schema: S, change: (input: z.output<S>, context: ActionContext) => Promise<T>) {
  return defineAction({
    permission: "questionnaire:manage",
    schema,
    run: (input, context) =>
      outcomeOf(async () => {
        const result = await change(input, context);
        revalidatePath("/admin/questionnaires");
        revalidatePath(`/admin/questionnaires/${result.versionId}`);
        return result;
      }),
  });
}

export const createQuestionnaireAction = builderAction(createQuestionnaireSchema, (input) => createQuestionnaire(input));
export const updateVersionMetaAction = builderAction(versionMetaSchema, (input) => updateVersionMeta(input));
export const addSectionAction = builderAction(addSectionSchema, (input) => addSection(input));
export const renameSectionAction = builderAction(renameSectionSchema, (input) => renameSection(input));
export const deleteSectionAction = builderAction(sectionRefSchema, (input) => deleteSection(input.sectionId));
export const moveSectionAction = builderAction(moveSchema, (input) => moveSection(input));
export const addQuestionAction = builderAction(addQuestionSchema, (input) => addQuestion(input));
export const updateQuestionAction = builderAction(updateQuestionSchema, (input) => updateQuestion(input));
export const deleteQuestionAction = builderAction(questionRefSchema, (input) => deleteQuestion(input.questionId));
export const moveQuestionAction = builderAction(moveSchema, (input) => moveQuestion(input));
export const addProfileQuestionAction = builderAction(addProfileSchema, (input) => addProfileQuestion(input));
export const publishVersionAction = builderAction(publishSchema, (input, { user }) => publishVersion(input, user.id));
export const retireVersionAction = builderAction(versionRefSchema, (input, { user }) => retireVersion(input.versionId, user.id));
export const deleteDraftAction = builderAction(versionRefSchema, (input, { user }) => deleteDraft(input.versionId, user.id));
export const startNewVersionAction = builderAction(versionRefSchema, (input, { user }) => startNewVersion(input.versionId, user.id));
