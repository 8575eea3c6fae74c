// One zod schema per report form, shared by the client forms and the server actions. Messages are
// keys under "report" (the editor shows them translated); limits ride along (i18n/validation).
import { z } from "zod";
import { withLimit } from "@/i18n/validation";

export const MAX_PARAGRAPH = 5000;

const id = z.string().uuid();

export const draftSchema = z.object({ campaignId: id });

export const editParagraphSchema = z.object({
  versionId: id,
  key: z.string().min(1).max(80),
  text: z
    .string()
    .trim()
    .min(1, { error: "textEmpty" })
    .max(MAX_PARAGRAPH, { error: withLimit("textTooLong", MAX_PARAGRAPH) }),
});

export const approveSchema = z.object({ versionId: id });
