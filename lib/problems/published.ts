import "server-only";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

// The public "you said, we did" list of a campaign: every PUBLISHED problem with its status and
// the published notes of the actions answering it. No code needed, no figure about anyone.

export type PublishedAction = {
  number: number | null;
  title: string;
  titleZh: string;
  status: string;
  dueOn: string;
  updates: { body: string; bodyZh: string; on: string }[];
};

/** A problem's actions with their PUBLISHED notes only, in the report's order: what officers read. */
export const PUBLISHED_ACTIONS = {
  orderBy: [{ action: { number: "asc" } }, { actionId: "asc" }] as Prisma.ActionProblemOrderByWithRelationInput[],
  select: {
    action: {
      select: {
        number: true,
        title: true,
        titleZh: true,
        status: true,
        dueOn: true,
        updates: {
          where: { published: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }] as Prisma.ActionUpdateOrderByWithRelationInput[],
          select: { body: true, bodyZh: true, createdAt: true },
        },
      },
    },
  },
} satisfies Prisma.Problem$actionsArgs;

type ActionRow = { action: { number: number | null; title: string; titleZh: string; status: string; dueOn: Date | null; updates: { body: string; bodyZh: string; createdAt: Date }[] } };

export function publishedActions(rows: ActionRow[]): PublishedAction[] {
  return rows.map(({ action: a }) => ({
    number: a.number,
    title: a.title,
    titleZh: a.titleZh,
    status: a.status,
    dueOn: isoDate(a.dueOn),
    updates: a.updates.map((u) => ({ body: u.body, bodyZh: u.bodyZh, on: isoDate(u.createdAt) })),
  }));
}

export type PublishedFollowUp = NonNullable<Awaited<ReturnType<typeof publishedFollowUp>>>;

export async function publishedFollowUp(slug: string) {
  const campaign = await db.campaign.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, nameZh: true } });
  if (!campaign) return null;
  const problems = await db.problem.findMany({
    where: { campaignId: campaign.id, published: true },
    orderBy: [{ aspectCode: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      titleZh: true,
      description: true,
      descriptionZh: true,
      category: true,
      status: true,
      statusReason: true,
      escalatedTo: true,
      aspectCode: true,
      actions: PUBLISHED_ACTIONS,
    },
  });
  return {
    campaign: { slug: campaign.slug, name: campaign.name, nameZh: campaign.nameZh },
    problems: problems.map((p) => ({
      ...p,
      actions: publishedActions(p.actions),
    })),
  };
}
