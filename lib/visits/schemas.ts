// Visit-schedule forms (admins plan, leads keep them current). Messages are keys under
// "visits.validation".
import { z } from "zod";
import { VISIT_METHODS } from "@/lib/visits/schedule";

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dateRequired" })
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), { message: "dateRequired" });
const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(200));

export const planVisitSchema = z.object({
  groupId: z.uuid(),
  unitId: z.uuid(),
  visitOn: isoDay,
  visitMethod: z.enum(VISIT_METHODS, { message: "methodRequired" }),
});
export const markHeldSchema = z.object({ groupId: z.uuid(), unitId: z.uuid(), heldOn: isoDay, sessionIds: ids });
