"use server";
// The organisation's server actions (administrators, "unit:manage"): session, permission and the
// form's schema are checked by defineAction; the rest (unique code, no loop, nothing depends on a
// deleted unit) in lib/units/mutations.
import { z } from "zod";
import { MAX_FILE_BYTES } from "@/lib/paper/files";
import { revalidatingActions } from "@/lib/server-actions/revalidating";
import { importUnitTree } from "@/lib/units/import";
import { createUnit, deleteUnit, moveUnit, setUnitRetired, updateUnit } from "@/lib/units/mutations";
import { createUnitSchema, deleteUnitSchema, moveUnitSchema, retireUnitSchema, updateUnitSchema } from "@/lib/units/schemas";

const unitAction = revalidatingActions("unit:manage", ["/admin/units"]);

export const createUnitAction = unitAction(createUnitSchema, (input, { user }) => createUnit(user.id, input));
export const updateUnitAction = unitAction(updateUnitSchema, (input, { user }) => updateUnit(user.id, input));
export const moveUnitAction = unitAction(moveUnitSchema, (input, { user }) => moveUnit(user.id, input));
export const retireUnitAction = unitAction(retireUnitSchema, (input, { user }) => setUnitRetired(user.id, input.id, input.retired));
export const deleteUnitAction = unitAction(deleteUnitSchema, (input, { user }) => deleteUnit(user.id, input.id));

const importSchema = z.object({
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => f.size > 0, { message: "fileRequired" })
    .refine((f) => f.size <= MAX_FILE_BYTES, { message: "fileTooLarge" }),
});

export const importUnitsAction = unitAction(importSchema, async (input, { user }) =>
  importUnitTree(user.id, input.file.name, new Uint8Array(await input.file.arrayBuffer())),
);
