// One zod schema per report form, shared by the client forms and the server actions.
import { z } from "zod";

export const MAX_PARAGRAPH = 5000;

const id = z.string().uuid();

export const draftSchema = z.object({ campaignId: id });

export const editParagraphSchema = z.object({
  versionId: id,
  key: z.string().min(1).max(80),
  text: z
    .string()
    .trim()
    .min(1, { error: "A paragraph cannot be empty." })
    .max(MAX_PARAGRAPH, { error: `A paragraph can be at most ${MAX_PARAGRAPH} characters.` }),
});

export const approveSchema = z.object({ versionId: id });
