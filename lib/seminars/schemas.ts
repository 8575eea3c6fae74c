// The one zod schema of the session form (a session with its findings), shared by the client form
// and the server actions. Messages are keys under "seminars.validation"; limits ride along (i18n/validation).
import { z } from "zod";
import { withLimit } from "@/i18n/validation";
import { CATEGORIES } from "@/lib/classification/taxonomy";

export const SESSION_KINDS = ["UNIT_REPORT", "SEMINAR", "INDIVIDUAL_TALK"] as const;
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
/** Role levels counted at a session: leaders, section chiefs, instructors, officers. */
export const ROLE_LEVELS = ["leader", "section_chief", "instructor", "officer"] as const;
export const MAX_FINDINGS = 30;
export const MAX_FIGURES = 8;
export const MAX_STATEMENT = 2000;
export const MAX_PEOPLE = 100_000;
const MAX_NOTES = 4000;

const requiredText = (max: number, required: string) => z.string().trim().min(1, { message: required }).max(max, { message: withLimit("tooLong", max) });
const people = z.number({ message: "numberInvalid" }).int({ message: "numberInvalid" }).min(0, { message: "numberInvalid" }).max(MAX_PEOPLE, { message: withLimit("tooMany", MAX_PEOPLE) });

const figureSchema = z.object({
  value: z.number({ message: "figureValueRequired" }).finite({ message: "figureValueRequired" }),
  unit: requiredText(40, "figureUnitRequired"),
  measures: requiredText(200, "figureMeasuresRequired"),
});

const findingSchema = z.object({
  /** The finding being edited; null for a new one. */
  id: z.uuid({ message: "invalidId" }).nullable(),
  statement: requiredText(MAX_STATEMENT, "statementRequired"),
  quote: z
    .string()
    .trim()
    .max(MAX_STATEMENT, { message: withLimit("tooLong", MAX_STATEMENT) })
    .nullable()
    .transform((v) => (v ? v : null)),
  figures: z.array(figureSchema).max(MAX_FIGURES, { message: withLimit("tooManyFigures", MAX_FIGURES) }),
  /** Empty: the lead leaves the labels to the review queue. */
  categories: z.array(z.enum(CATEGORIES, { message: "categoriesInvalid" })).max(CATEGORIES.length, { message: "categoriesInvalid" }),
  aspectCode: z
    .string()
    .trim()
    .max(10, { message: "aspectUnknown" })
    .nullable()
    .transform((v) => (v ? v : null)),
  severity: z.enum(SEVERITIES, { message: "severityRequired" }),
  raisedBy: z.number({ message: "raisedByInvalid" }).int({ message: "raisedByInvalid" }).min(1, { message: "raisedByInvalid" }).max(MAX_PEOPLE, { message: withLimit("tooMany", MAX_PEOPLE) }),
});

export const sessionSchema = z
  .object({
    /** Set when editing an existing session. */
    sessionId: z.uuid({ message: "invalidId" }).nullable(),
    campaignId: z.uuid({ message: "invalidId" }),
    unitId: z.uuid({ message: "unitRequired" }),
    kind: z.enum(SESSION_KINDS, { message: "kindRequired" }),
    heldOn: z.iso.date({ message: "dateRequired" }),
    participants: z.object(Object.fromEntries(ROLE_LEVELS.map((r) => [r, people])) as Record<(typeof ROLE_LEVELS)[number], typeof people>),
    notes: z.string().trim().max(MAX_NOTES, { message: withLimit("tooLong", MAX_NOTES) }),
    findings: z.array(findingSchema).max(MAX_FINDINGS, { message: withLimit("tooManyFindings", MAX_FINDINGS) }),
  })
  .superRefine((s, ctx) => {
    const total = ROLE_LEVELS.reduce((sum, r) => sum + s.participants[r], 0);
    if (total === 0) ctx.addIssue({ code: "custom", path: ["participants"], message: "participantsRequired" });
    s.findings.forEach((f, i) => {
      // A finding cannot be raised by more people than took part.
      if (total > 0 && f.raisedBy > total) ctx.addIssue({ code: "custom", path: ["findings", i, "raisedBy"], message: "raisedByTooMany" });
      if (f.aspectCode && f.categories.length === 0) ctx.addIssue({ code: "custom", path: ["findings", i, "categories"], message: "categoriesRequired" });
    });
  });
export type SessionInput = z.input<typeof sessionSchema>;
export type Session = z.output<typeof sessionSchema>;

export const deleteSessionSchema = z.object({ sessionId: z.uuid({ message: "invalidId" }) });
export const suggestSchema = z.object({ text: z.string().max(MAX_STATEMENT * 2 + 10) });

export function participantTotal(participants: Partial<Record<string, number>>): number {
  return ROLE_LEVELS.reduce((sum, r) => sum + (participants[r] ?? 0), 0);
}
