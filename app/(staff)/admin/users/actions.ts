"use server";
// Staff accounts (administrators, "user:manage"). The last active administrator cannot be demoted
// or deactivated (lib/users/mutations); set-up links are returned once, to the admin's screen.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { createUserSchema, setActiveSchema, updateUserSchema, userIdSchema } from "@/lib/users/schemas";

const done = <T,>(value: T) => {
  revalidatePath("/admin/users");
  return value;
};

export const createUserAction = defineAction({
  permission: "user:manage",
  schema: createUserSchema,
  run: async (input, { user }) => done(await createUser(user.id, input)),
});

export const updateUserAction = defineAction({
  permission: "user:manage",
  schema: updateUserSchema,
  run: async (input, { user }) => done(await updateUser(user.id, input)),
});

export const setUserActiveAction = defineAction({
  permission: "user:manage",
  schema: setActiveSchema,
  run: async (input, { user }) => done(await setUserActive(user.id, input.id, input.active)),
});

export const resetPasswordAction = defineAction({
  permission: "user:manage",
  schema: userIdSchema,
  run: async (input, { user }) => done(await resetPassword(user.id, input.id)),
});
