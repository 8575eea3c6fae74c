// Pure pieces of correcting a stored paper sheet: its answers turned back into what the entry form
// holds, and what a corrected sheet changes answer by answer. No database, so unit-tested alone.
import type { StoredAnswer } from "@/lib/surveys/answers";
import { allQuestions, type QuestionnaireView } from "@/lib/surveys/structure";

/** The short name of a sheet in lists and confirmations: the start of its random id. */
export const sheetLabel = (id: string) => id.slice(0, 8);

/** A stored answer row, as read back for a correction. */
export type SavedAnswer = { id: string; questionId: string; numberValue: number | null; textValue: string | null; choices: string[] };

/** The form's value per question key: the same shape a lead types in, so one validator serves both. */
export function formValues(view: QuestionnaireView, saved: SavedAnswer[]): Record<string, string | string[]> {
  const byQuestion = new Map(saved.map((a) => [a.questionId, a]));
  const values: Record<string, string | string[]> = {};
  for (const q of allQuestions(view)) {
    const a = byQuestion.get(q.id);
    if (!a) continue;
    if (q.type === "NUMBER" || q.type === "LIKERT") {
      if (a.numberValue !== null) values[q.key] = String(a.numberValue);
    } else if (q.type === "SINGLE_CHOICE") {
      if (a.choices[0]) values[q.key] = a.choices[0];
    } else if (q.type === "MULTI_CHOICE") {
      if (a.choices.length > 0) values[q.key] = [...a.choices];
    } else if (a.textValue) {
      values[q.key] = a.textValue;
    }
  }
  return values;
}

export type CorrectionPlan = {
  /** Answers whose question is no longer answered. */
  removed: SavedAnswer[];
  /** Answers whose value changed; `textChanged` when the free text itself differs (review again). */
  changed: { before: SavedAnswer; after: StoredAnswer; textChanged: boolean }[];
  added: StoredAnswer[];
  /** Question keys touched, for the audit log (never their values: it holds no survey data). */
  keys: string[];
};

const same = (a: SavedAnswer, b: StoredAnswer) =>
  a.numberValue === b.numberValue && (a.textValue ?? null) === (b.textValue ?? null) && a.choices.join("\u0000") === b.choices.join("\u0000");

/** What turns the saved answers into the corrected ones; unchanged answers are left alone. */
export function planCorrection(view: QuestionnaireView, saved: SavedAnswer[], corrected: StoredAnswer[]): CorrectionPlan {
  const keyOf = new Map(allQuestions(view).map((q) => [q.id, q.key]));
  const next = new Map(corrected.map((a) => [a.questionId, a]));
  const plan: CorrectionPlan = { removed: [], changed: [], added: [], keys: [] };
  for (const before of saved) {
    const after = next.get(before.questionId);
    if (!after) plan.removed.push(before);
    else if (!same(before, after)) plan.changed.push({ before, after, textChanged: (before.textValue ?? null) !== (after.textValue ?? null) });
  }
  const had = new Set(saved.map((a) => a.questionId));
  plan.added = corrected.filter((a) => !had.has(a.questionId));
  const touched = new Set([...plan.removed.map((a) => a.questionId), ...plan.changed.map((c) => c.before.questionId), ...plan.added.map((a) => a.questionId)]);
  plan.keys = [...touched].map((id) => keyOf.get(id) ?? id).sort();
  return plan;
}
