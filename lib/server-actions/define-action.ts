import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import { scopeOf, type Scope } from "@/lib/auth/scope";
import { DomainError, ForbiddenError } from "@/lib/errors";
import type { ActionResult } from "@/lib/server-actions/result";

export type ActionContext = { user: CurrentUser; scope: Scope };

/**
 * The one wrapper for every staff mutation (server actions and mutating route handlers): it reads
 * the session, checks the permission, parses the input with the form's zod schema and turns errors
 * into text for the caller. Handlers still check scope for the rows they touch.
 */
export function defineAction<S extends z.ZodType, T>(options: {
  permission: Permission;
  /** A refusal beyond the role's permission, decided before the input is read (e.g. scope). */
  allow?: (context: ActionContext) => Promise<boolean>;
  schema: S;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await requireUser(options.permission);
      const context = { user, scope: await scopeOf(user) };
      if (options.allow && !(await options.allow(context))) throw new ForbiddenError();
      const parsed = options.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) return await invalid(parsed.error);
      const data = await options.run(parsed.data, context);
      return { ok: true, data };
    } catch (error) {
      return errorResult(error);
    }
  };
}

export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key);
    result[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return result;
}

async function invalid(error: z.ZodError): Promise<ActionResult<never>> {
  const t = await getTranslations("errors");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid_input", error: t("invalid_input"), fieldErrors };
}

/** Turns any thrown value into user text; unexpected errors are logged and shown calmly. */
async function errorResult(error: unknown): Promise<ActionResult<never>> {
  const t = await getTranslations("errors");
  if (error instanceof DomainError) return { ok: false, code: error.code, error: t(error.code) };
  console.error("Unexpected error in action:", error);
  return { ok: false, code: "unexpected", error: t("unexpected") };
}
