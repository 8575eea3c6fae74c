"use server";
// The report's server actions: session, permission and input are checked by defineAction; the
// whole-bureau scope and the frozen state of approved versions by lib/reports/mutations.
import { revalidatePath } from "next/cache";
import { approveVersion, draftVersion, editParagraph } from "@/lib/reports/mutations";
import { seesWholeReport } from "@/lib/reports/queries";
import { approveSchema, draftSchema, editParagraphSchema } from "@/lib/reports/schemas";
import { defineAction } from "@/lib/server-actions/define-action";
import { revalidatingActions } from "@/lib/server-actions/revalidating";

const reportAction = revalidatingActions("report:generate", ["/report"]);

export const draftReportAction = reportAction(draftSchema, (input, context) => draftVersion(context, input));
export const editParagraphAction = reportAction(editParagraphSchema, (input, context) => editParagraph(context, input));

export const approveVersionAction = defineAction({
  permission: "report:approve",
  // A sub-bureau head holds report:approve by role but has no report (decision 014).
  allow: ({ scope }) => seesWholeReport(scope),
  schema: approveSchema,
  run: async (input, context) => {
    const result = await approveVersion(context, input);
    revalidatePath("/report");
    return result;
  },
});
