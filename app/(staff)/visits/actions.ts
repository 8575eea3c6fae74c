"use server";
// The visit schedule ("visit:keep"): admins plan any group's visits, a lead those of the groups
// they lead (checked per visit in lib/visits/mutations).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { markVisitHeld, planVisit } from "@/lib/visits/mutations";
import { markHeldSchema, planVisitSchema } from "@/lib/visits/schemas";

const done = <T,>(value: T) => {
  revalidatePath("/visits");
  revalidatePath("/admin/campaigns", "layout");
  return value;
};

export const planVisitAction = defineAction({
  permission: "visit:keep",
  schema: planVisitSchema,
  run: async (input, { user }) => done(await planVisit(user, input)),
});

export const markVisitHeldAction = defineAction({
  permission: "visit:keep",
  schema: markHeldSchema,
  run: async (input, { user }) => done(await markVisitHeld(user, input)),
});
