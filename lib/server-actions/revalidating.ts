import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { defineAction, type ActionContext } from "@/lib/server-actions/define-action";

/**
 * defineAction for a family of forms that share one permission and, after every change, refresh the
 * same pages (each entry is revalidatePath's arguments). Actions whose refresh depends on the result
 * call defineAction themselves.
 */
export function revalidatingActions(permission: Permission, ...paths: Parameters<typeof revalidatePath>[]) {
  return <S extends z.ZodType, T>(schema: S, change: (input: z.output<S>, context: ActionContext) => Promise<T>) =>
    defineAction({
      permission,
      schema,
      run: async (input, context) => {
        const result = await change(input, context);
        for (const args of paths) revalidatePath(...args);
        return result;
      },
    });
}
