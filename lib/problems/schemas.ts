// The register's forms, one zod schema each, shared by the client forms and the server actions.
// Pure module. Messages are keys under problems.errors (the forms translate them).
import { z } from "zod";

export const PROBLEM_STATUSES = [
  "NEW",
  "UNDER_REVIEW",
  "ACTION_PLANNED",
  "IN_PROGRESS",
  "RESOLVED",
  "NOT_SOLVABLE",
  "WONT_FIX",
] as const;
export type ProblemStatusName = (typeof PROBLEM_STATUSES)[number];

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;
const REASON_MAX = 1000;
export const COMMENT_MAX = 2000;

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max, { message: `tooLong:${max}` });

export const acceptSuggestionSchema = z.object({
  campaignId: id,
  aspectCode: z.string().regex(/^[A-Z][0-9]{1,2}$/),
});

export const problemEditSchema = z
  .object({
    id,
    version: z.coerce.number().int().min(1),
    title: text(TITLE_MAX).min(1, { message: "titleRequired" }),
    titleZh: text(TITLE_MAX).min(1, { message: "titleRequired" }),
    description: text(DESCRIPTION_MAX).default(""),
    descriptionZh: text(DESCRIPTION_MAX).default(""),
    status: z.enum(PROBLEM_STATUSES),
    statusReason: text(REASON_MAX).default(""),
    escalatedTo: text(TITLE_MAX).default(""),
    published: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  })
  .superRefine((value, ctx) => {
    // A problem parked without a reason tells nobody anything; escalation must name whom.
    if ((value.status === "NOT_SOLVABLE" || value.status === "WONT_FIX") && !value.statusReason)
      ctx.addIssue({ code: "custom", path: ["statusReason"], message: "reasonRequired" });
    if (value.status === "NOT_SOLVABLE" && !value.escalatedTo)
      ctx.addIssue({ code: "custom", path: ["escalatedTo"], message: "escalatedRequired" });
  });
export type ProblemEdit = z.output<typeof problemEditSchema>;

export const mergeSchema = z.object({
  targetId: id,
  sourceIds: z.array(id).min(1, { message: "pickOne" }).max(20),
});

export const splitSchema = z.object({
  problemId: id,
  version: z.coerce.number().int().min(1),
  evidenceIds: z.array(z.string().uuid()).min(1, { message: "pickOne" }),
  title: text(TITLE_MAX).min(1, { message: "titleRequired" }),
  titleZh: text(TITLE_MAX).min(1, { message: "titleRequired" }),
});

export const commentSchema = z.object({
  campaignId: id,
  // A problem, or a dashboard aspect.
  subject: z.string().regex(/^(problem:[0-9a-f-]{36}|aspect:[A-Z][0-9]{1,2})$/),
  body: text(COMMENT_MAX).min(1, { message: "commentRequired" }),
});
