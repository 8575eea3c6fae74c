// Form fields the staff forms' schemas share, as FormData sends them. Messages are keys, translated
// under each form's own "validation" namespace.
import { z } from "zod";

/** A date typed as YYYY-MM-DD, as midnight UTC of that day. */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dateRequired" })
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), { message: "dateRequired" });

/** Ids of checked boxes: none, one or many values of one name, at most `max`. */
export const idList = (max: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(max));

/** An id from a select whose empty choice means "none". */
export const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable());
