// Builder refusals: rules that need the database (a key already taken, a version with responses).
// A mutation throws RefusedError inside its transaction, so nothing it started is kept; the action
// returns the refusal as data so the form can say exactly what to change. Pure module.
import { DomainError } from "@/lib/errors";
import type { MissingTranslation } from "@/lib/questionnaires/languages";
import type { PublishProblem } from "@/lib/questionnaires/rules";

export type RefusalCode =
  | "published"
  | "retired"
  | "key_taken"
  | "key_fixed"
  | "key_type_fixed"
  | "aspect_unknown"
  | "profile_exists"
  | "section_not_empty"
  | "not_published"
  | "draft_exists"
  | "already_published"
  | "publish_problems"
  | "missing_translations"
  | "live_changed"
  | "not_live"
  | "not_draft"
  | "has_answers";

export type Refusal = { code: RefusalCode; field?: string; problems?: PublishProblem[]; missing?: MissingTranslation[]; draftId?: string };

export type Outcome<T> = { status: "done"; value: T } | { status: "refused"; refusal: Refusal };

class RefusedError extends DomainError {
  constructor(readonly refusal: Refusal) {
    // A caller that does not know refusals still gets a sensible generic text.
    super("invalid_input", refusal.code);
    this.name = "RefusedError";
  }
}

export function refuse(code: RefusalCode, extra: Omit<Refusal, "code"> = {}): never {
  throw new RefusedError({ code, ...extra });
}

/** Runs a builder mutation and turns a refusal into data; any other error goes to defineAction. */
export async function outcomeOf<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { status: "done", value: await run() };
  } catch (error) {
    if (error instanceof RefusedError) return { status: "refused", refusal: error.refusal };
    throw error;
  }
}
