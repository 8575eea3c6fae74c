// Zod schemas of the two paper forms, shared by the client forms and the server actions. Messages
// are keys under "paper.validation".
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import { fileKind, MAX_FILE_BYTES } from "@/lib/paper/files";

// Answers are checked against the questionnaire by checkAnswers; this only bounds their shape.
const answerValue = z.union([z.string().max(MAX_TEXT_LENGTH * 2), z.number(), z.array(z.string().max(100)).max(50)]);

export const paperSheetSchema = z.object({
  versionId: z.uuid({ message: "versionRequired" }),
  unitId: z.uuid({ message: "unitRequired" }),
  answers: z.record(z.string().max(100), answerValue),
});

export const paperImportSchema = z.object({
  versionId: z.uuid({ message: "versionRequired" }),
  file: z
    .instanceof(File, { message: "fileRequired" })
    .refine((f) => fileKind(f.name) !== null, { message: "fileType" })
    .refine((f) => f.size > 0, { message: "fileEmpty" })
    .refine((f) => f.size <= MAX_FILE_BYTES, { message: "fileTooBig" }),
  /** Set only when the lead was told this very file was imported before and chose to import it again. */
  confirmReimport: z.literal("yes", { message: "invalid" }).optional(),
});

export const paperCorrectionSchema = z.object({
  sheetId: z.uuid({ message: "sheetRequired" }),
  unitId: z.uuid({ message: "unitRequired" }),
  answers: z.record(z.string().max(100), answerValue),
});

export const paperDeleteSchema = z.object({
  sheetId: z.uuid({ message: "sheetRequired" }),
  /** The lead confirmed the deletion in the dialog that says what it does. */
  confirm: z.literal("yes", { message: "confirmRequired" }),
});
