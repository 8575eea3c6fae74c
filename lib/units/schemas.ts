// One zod schema per unit form, shared by the client forms and the server actions. Messages are
// keys under "units.validation" so each language words them (with the limits as parameters).
import { z } from "zod";
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH } from "@/lib/units/import-rows";
import { UNIT_TYPES } from "@/lib/units/tree";

const name = z.string().trim().min(1, { message: "nameRequired" }).max(MAX_NAME_LENGTH, { message: "nameTooLong" });
const optionalParent = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.uuid({ message: "parentUnknown" }).nullable());

const unitNamesSchema = z.object({ name, nameZh: name, type: z.enum(UNIT_TYPES, { message: "typeRequired" }) });

export const createUnitSchema = unitNamesSchema.extend({
  code: z
    .string()
    .trim()
    .min(1, { message: "codeRequired" })
    .max(MAX_CODE_LENGTH, { message: "codeTooLong" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: "codeCharacters" }),
  parentId: optionalParent,
});

export const updateUnitSchema = unitNamesSchema.extend({ id: z.uuid() });
export const moveUnitSchema = z.object({ id: z.uuid(), parentId: optionalParent });
export const retireUnitSchema = z.object({ id: z.uuid(), retired: z.enum(["true", "false"]).transform((v) => v === "true") });
export const deleteUnitSchema = z.object({ id: z.uuid() });
