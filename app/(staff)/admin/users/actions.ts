"use server";
// Staff accounts (administrators, "user:manage"). The last active administrator cannot be demoted
// or deactivated (lib/users/mutations); set-up links are returned once, to the admin's screen.
import { revalidatingActions } from "@/lib/server-actions/revalidating";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { createUserSchema, setActiveSchema, updateUserSchema, userIdSchema } from "@/lib/users/schemas";

const userAction = revalidatingActions("user:manage", ["/admin/users"]);

export const createUserAction = userAction(createUserSchema, (input, { user }) => createUser(user.id, input));
export const updateUserAction = userAction(updateUserSchema, (input, { user }) => updateUser(user.id, input));
export const setUserActiveAction = userAction(setActiveSchema, (input, { user }) => setUserActive(user.id, input.id, input.active));
export const resetPasswordAction = userAction(userIdSchema, (input, { user }) => resetPassword(user.id, input.id));
