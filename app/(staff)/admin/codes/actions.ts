"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { generateSchema } from "@/components/codes/generate-schema";
import { defineAction } from "@/lib/server-actions/define-action";
import { revalidatingActions } from "@/lib/server-actions/revalidating";
import { issueSlips } from "@/lib/access-codes/issue";
import { setKiosk } from "@/lib/access-codes/kiosk";
import { eraseSubmissionOrder } from "@/lib/surveys/storage-order";

/** The address officers open: the configured public one (NEXTAUTH_URL), else this request's host. */
async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

export const generateCodes = revalidatingActions("codes:issue", ["/admin/codes"])(generateSchema, async (input, { user, scope }) =>
  issueSlips({ ...input, actorId: user.id, scope, origin: await publicOrigin() }),
);

export const setKioskOpen = revalidatingActions("campaign:manage", ["/admin/codes"])(
  z.object({ campaignId: z.uuid(), open: z.boolean() }),
  async ({ campaignId, open }, { user }) => {
    await setKiosk(campaignId, open, user.id);
    return { open };
  },
);

export const eraseStorageOrder = defineAction({
  permission: "campaign:manage",
  schema: z.object({}),
  run: async (_input, { user }) => {
    await eraseSubmissionOrder(user.id);
    return { done: true };
  },
});
