// Visit-schedule forms (admins plan, leads keep them current). Messages are keys under
// "visits.validation".
import { z } from "zod";
import { idList, isoDay } from "@/lib/form-fields";
import { VISIT_METHODS } from "@/lib/visits/schedule";

const ids = idList(200);

export const planVisitSchema = z.object({
  groupId: z.uuid(),
  unitId: z.uuid(),
  visitOn: isoDay,
  visitMethod: z.enum(VISIT_METHODS, { message: "methodRequired" }),
});
export const markHeldSchema = z.object({ groupId: z.uuid(), unitId: z.uuid(), heldOn: isoDay, sessionIds: ids });
