// One zod schema per campaign form, shared by the client forms and the server actions. Messages
// are keys under "campaigns.validation", worded per language with the limits as parameters.
import { z } from "zod";
import { idList, isoDay, optionalId } from "@/lib/form-fields";
import { CAMPAIGN_STATUSES } from "@/lib/campaigns/lifecycle";

const MAX_CAMPAIGN_NAME = 160;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;

const name = z.string().trim().min(1, { message: "nameRequired" }).max(MAX_CAMPAIGN_NAME, { message: "nameTooLong" });
const ids = idList(2000);

const campaignFields = z.object({
  name,
  nameZh: name,
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, { message: "slugFormat" }),
  startsOn: isoDay,
  endsOn: isoDay,
  /** Units picked one by one, and units picked with everything below them. */
  unitIds: ids,
  subtreeIds: ids,
});

const datesInOrder = <T extends { startsOn: Date; endsOn: Date }>(v: T) => v.endsOn.getTime() >= v.startsOn.getTime();
const datesIssue = { message: "endBeforeStart", path: ["endsOn"] };

export const createCampaignSchema = campaignFields
  .extend({
    /** Start the campaign's questionnaire as a copy of this version (optional). */
    questionnaireVersionId: optionalId,
    /** Copy this earlier campaign's units, research groups and questionnaire (optional). */
    copyFromId: optionalId,
  })
  .refine(datesInOrder, datesIssue);

export const updateCampaignSchema = campaignFields.extend({ id: z.uuid() }).refine(datesInOrder, datesIssue);

export const campaignStatusSchema = z.object({ id: z.uuid(), status: z.enum(CAMPAIGN_STATUSES) });
export const chooseCampaignSchema = z.object({ campaignId: z.uuid() });

export type CreateCampaignInput = z.output<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.output<typeof updateCampaignSchema>;
