// Server only (the password rule comes from lib/auth/password): forms send FormData and show the keys back.
// Staff-account forms, shared by client and server. Messages are keys under "users.validation".
import { z } from "zod";
import { idList, optionalId } from "@/lib/form-fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/permissions";

const ids = idList(100);
const name = z.string().trim().min(1, { message: "nameRequired" }).max(120, { message: "nameTooLong" });

// A department head sees the subtree of their home unit: without one they would see nothing.
const headNeedsUnit = <T extends { role: string; unitId: string | null }>(v: T) => v.role !== "DEPARTMENT_HEAD" || !!v.unitId;
const headIssue = { message: "unitRequired", path: ["unitId"] };

export const createUserSchema = z
  .object({
    name,
    email: z.string().trim().toLowerCase().max(200, { message: "emailInvalid" }).pipe(z.email({ message: "emailInvalid" })),
    role: z.enum(ROLES, { message: "roleRequired" }),
    unitId: optionalId,
    groupIds: ids,
  })
  .refine(headNeedsUnit, headIssue);

export const updateUserSchema = z
  .object({ id: z.uuid(), name, role: z.enum(ROLES, { message: "roleRequired" }), unitId: optionalId })
  .refine(headNeedsUnit, headIssue);

export const userIdSchema = z.object({ id: z.uuid() });
export const setActiveSchema = z.object({ id: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setupPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH, { message: "passwordTooShort" }).max(200, { message: "passwordTooLong" }),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "passwordMismatch", path: ["confirm"] });
