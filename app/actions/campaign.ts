"use server";
// The header's campaign switcher: remembered on the user, so every staff page (and the lead's
// scope) follows it, in this browser and any other.
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { chooseCampaign } from "@/lib/campaigns/mutations";
import { chooseCampaignSchema } from "@/lib/campaigns/schemas";
import { defineAction } from "@/lib/server-actions/define-action";

export const chooseCampaignAction = defineAction({
  permission: "campaign:switch",
  schema: chooseCampaignSchema,
  run: async ({ campaignId }, { user }) => {
    // Drafts are the administrators' to prepare; others choose among campaigns officers have seen.
    await chooseCampaign(user.id, campaignId, can(user.role, "campaign:manage"));
    revalidatePath("/", "layout");
    return { status: "saved", id: campaignId };
  },
});
