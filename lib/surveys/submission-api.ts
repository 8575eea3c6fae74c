// The body of a survey submission and the answers the API gives. Pure: the officer's page, the
// route handler and other intake tools share these shapes. See README "Survey submission API".
import { z } from "zod";
import { hasUnstorableText, type AnswerIssue } from "@/lib/surveys/answers";
import { isUuidV4 } from "@/lib/access-codes/format";

export const MAX_SUBMISSION_BYTES = 256 * 1024;

/** A text field of the officers' APIs: NUL or a lone surrogate would fail the database query (a 500). */
export const storableText = () => z.string().refine((value) => !hasUnstorableText(value), { message: "Remove the characters that cannot be stored (NUL or an unpaired surrogate)." });

const optionalCode = storableText()
  .max(64, { message: "A code is at most 64 characters." })
  .nullish()
  .transform((value) => (value && value.trim() !== "" ? value : undefined));

// Strict: a field we do not know (a time, a name, a device id…) is refused rather than ignored, so
// no intake tool believes it stored something it did not, and none can slip metadata in.
export const submissionSchema = z.strictObject({
  campaign: storableText().trim().min(1, { message: "Name the campaign (the short name in the survey address)." }).max(100),
  responseId: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isUuidV4, { message: "Use a random UUID (version 4) made for this response; keep it for retries." }),
  accessCode: optionalCode,
  receiptCode: optionalCode,
  answers: z.record(z.string(), z.unknown(), { message: "Send the answers as an object keyed by question key." }),
});

export type SubmitErrorCode =
  | "invalid_input"
  | "campaign_not_found"
  | "campaign_closed"
  | "invalid_answers"
  | "code_required"
  | "code_not_valid"
  | "code_used"
  | "receipt_not_valid"
  | "receipt_taken"
  | "response_id_taken"
  | "busy"
  | "unexpected";

export type SubmitSuccess = { status: "received"; responseId: string; repeat: boolean };

export type SubmitError = {
  error: SubmitErrorCode;
  message: string;
  /** One message per field; answer fields are named `answers.<question key>`. */
  fields?: Record<string, string>;
  /** For invalid_answers: machine-readable issues, so a page can word them in its own language. */
  issues?: AnswerIssue[];
};

export type SubmitOutcome = { httpStatus: 200 | 201; body: SubmitSuccess } | { httpStatus: 400 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 500 | 503; body: SubmitError };
