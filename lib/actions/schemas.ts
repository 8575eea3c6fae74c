// Forms of the action board and table, one zod schema each (client forms and server actions).
// Pure module. Messages are keys under actions.errors.
import { z } from "zod";

export const ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "BLOCKED", "DONE"] as const;
export type ActionStatusName = (typeof ACTION_STATUSES)[number];

const ACTION_TITLE_MAX = 200;
const ACTION_TEXT_MAX = 4000;
const NOTE_MAX = 2000;

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max, { message: `tooLong:${max}` });
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
// An ISO day, or empty for "no due date". One check, so a bad date gets one message.
const day = z
  .string()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { message: "badDate" });

const actionFields = {
  campaignId: id,
  title: text(ACTION_TITLE_MAX).min(1, { message: "titleRequired" }),
  titleZh: text(ACTION_TITLE_MAX).min(1, { message: "titleRequired" }),
  description: text(ACTION_TEXT_MAX).default(""),
  // "user:<id>" for a staff owner, or "office" with officeName for an office outside the portal.
  owner: z.string().regex(/^(user:[0-9a-f-]{36}|office)$/, { message: "ownerRequired" }),
  officeName: text(ACTION_TITLE_MAX).default(""),
  dueOn: day.default(""),
  status: z.enum(ACTION_STATUSES).default("PLANNED"),
  problemIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(50)),
};

const officeNamed = (v: { owner: string; officeName: string }, ctx: z.RefinementCtx) => {
  if (v.owner === "office" && !v.officeName) ctx.addIssue({ code: "custom", path: ["officeName"], message: "officeRequired" });
};

export const actionCreateSchema = z.object(actionFields).superRefine(officeNamed);
export type ActionInput = z.output<typeof actionCreateSchema>;

export const actionEditSchema = z
  .object({ ...actionFields, id, version: z.coerce.number().int().min(1) })
  .superRefine(officeNamed);
export type ActionEdit = z.output<typeof actionEditSchema>;

/** An owner's (or admin's) progress: a status move, a note, or both. */
export const progressSchema = z
  .object({
    id,
    version: z.coerce.number().int().min(1),
    status: z.enum(ACTION_STATUSES),
    body: text(NOTE_MAX).default(""),
    bodyZh: text(NOTE_MAX).default(""),
    published: checkbox,
  })
  .superRefine((v, ctx) => {
    // Officers read published notes in both languages.
    if (v.published && (!v.body || !v.bodyZh))
      ctx.addIssue({ code: "custom", path: [v.body ? "bodyZh" : "body"], message: "publishBothLanguages" });
  });
export type ProgressInput = z.output<typeof progressSchema>;

export const TABLE_SORTS = ["number", "due", "status", "title", "owner"] as const;
export const PAGE_SIZE = 25;

/** The table's filters and sort, read from the URL; anything malformed is dropped. */
export const tableQuerySchema = z.object({
  campaign: id.optional().catch(undefined),
  category: z.enum(["rights", "workload", "funding", "equipment", "training", "staffing", "other"]).optional().catch(undefined),
  unit: id.optional().catch(undefined),
  owner: z.string().max(200).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  sort: z.enum(TABLE_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).optional().catch(undefined),
});
export type TableQuery = z.output<typeof tableQuerySchema>;

/** Overdue: past its due date and not done. Days are compared as ISO dates (UTC). */
export function isOverdue(a: { status: string; dueOn: Date | string | null }, today: string): boolean {
  if (!a.dueOn || a.status === "DONE") return false;
  const due = typeof a.dueOn === "string" ? a.dueOn : a.dueOn.toISOString().slice(0, 10);
  return due < today;
}
