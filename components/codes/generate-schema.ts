// The batch form's schema. Messages are keys under "codes.generate.validation" (both languages),
// the limit riding along, because the Chinese UI showed the English literals raw (issue 11).
import { z } from "zod";
import { withLimit } from "@/i18n/validation";
import { MAX_BATCH_SIZE } from "@/lib/access-codes/issue";

const sizeInvalid = withLimit("sizeInvalid", MAX_BATCH_SIZE);

export const generateSchema = z.object({
  campaignId: z.uuid({ message: "campaignMissing" }),
  unitId: z.uuid({ message: "unitRequired" }),
  size: z.coerce.number({ message: sizeInvalid }).int({ message: sizeInvalid }).min(1, { message: sizeInvalid }).max(MAX_BATCH_SIZE, { message: sizeInvalid }),
});
