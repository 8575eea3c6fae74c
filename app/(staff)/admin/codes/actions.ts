"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { generateSchema } from "@/components/codes/generate-schema";
import { defineAction } from "@/lib/server-actions/define-action";
import { issueSlips } from "@/lib/access-codes/issue";
import { setKiosk } from "@/lib/access-codes/kiosk";
import { eraseSubmissionOrder } from "@/lib/surveys/storage-order";


/** The address officers open: the configured public one (NEXTAUTH_URL), else this request's host. */
async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

export const generateCodes = defineAction({
  permission: "codes:issue",
  schema: generateSchema,
  run: async (input, { user, scope }) => {
    const batch = await issueSlips({ ...input, actorId: user.id, scope, origin: await publicOrigin() });
    revalidatePath("/admin/codes");
    return batch;
  },
});

export const setKioskOpen = defineAction({
  permission: "campaign:manage",
  schema: z.object({ campaignId: z.uuid(), open: z.boolean() }),
  run: async ({ campaignId, open }, { user }) => {
    await setKiosk(campaignId, open, user.id);
    revalidatePath("/admin/codes");
    return { open };
  },
});

export const eraseStorageOrder = defineAction({
  permission: "campaign:manage",
  schema: z.object({}),
  run: async (_input, { user }) => {
    await eraseSubmissionOrder(user.id);
    return { done: true };
  },
});
