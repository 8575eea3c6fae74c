"use server";
// The organisation's server actions (administrators, "unit:manage"): session, permission and the
// form's schema are checked by defineAction; the rest (unique code, no loop, nothing depends on a
// deleted unit) in lib/units/mutations.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_FILE_BYTES } from "@/lib/paper/files";
import { defineAction } from "@/lib/server-actions/define-action";
import { importUnitTree } from "@/lib/units/import";
import { createUnit, deleteUnit, moveUnit, setUnitRetired, updateUnit } from "@/lib/units/mutations";
import { createUnitSchema, deleteUnitSchema, moveUnitSchema, retireUnitSchema, updateUnitSchema } from "@/lib/units/schemas";

const done = <T,>(value: T) => {
  revalidatePath("/admin/units");
  return value;
};

export const createUnitAction = defineAction({
  permission: "unit:manage",
  schema: createUnitSchema,
  run: async (input, { user }) => done(await createUnit(user.id, input)),
});

export const updateUnitAction = defineAction({
  permission: "unit:manage",
  schema: updateUnitSchema,
  run: async (input, { user }) => done(await updateUnit(user.id, input)),
});

export const moveUnitAction = defineAction({
  permission: "unit:manage",
  schema: moveUnitSchema,
  run: async (input, { user }) => done(await moveUnit(user.id, input)),
});

export const retireUnitAction = defineAction({
  permission: "unit:manage",
  schema: retireUnitSchema,
  run: async (input, { user }) => done(await setUnitRetired(user.id, input.id, input.retired)),
});

export const deleteUnitAction = defineAction({
  permission: "unit:manage",
  schema: deleteUnitSchema,
  run: async (input, { user }) => done(await deleteUnit(user.id, input.id)),
});

const importSchema = z.object({
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => f.size > 0, { message: "fileRequired" })
    .refine((f) => f.size <= MAX_FILE_BYTES, { message: "fileTooLarge" }),
});

export const importUnitsAction = defineAction({
  permission: "unit:manage",
  schema: importSchema,
  run: async (input, { user }) => done(await importUnitTree(user.id, input.file.name, new Uint8Array(await input.file.arrayBuffer()))),
});
