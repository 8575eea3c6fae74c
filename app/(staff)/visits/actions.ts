"use server";
// The visit schedule ("visit:keep"): admins plan any group's visits, a lead those of the groups
// they lead (checked per visit in lib/visits/mutations).
import { revalidatingActions } from "@/lib/server-actions/revalidating";
import { markVisitHeld, planVisit } from "@/lib/visits/mutations";
import { markHeldSchema, planVisitSchema } from "@/lib/visits/schemas";

const visitAction = revalidatingActions("visit:keep", ["/visits"], ["/admin/campaigns", "layout"]);

export const planVisitAction = visitAction(planVisitSchema, (input, { user }) => planVisit(user, input));
export const markVisitHeldAction = visitAction(markHeldSchema, (input, { user }) => markVisitHeld(user, input));
