import "server-only";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";

// The public "you said, we did" list of a campaign: every PUBLISHED problem with its status and
// the published notes of the actions answering it. No code needed, no figure about anyone.

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
      actions: {
        orderBy: [{ action: { number: "asc" } }, { actionId: "asc" }],
        select: {
          action: {
            select: {
              number: true,
              title: true,
              titleZh: true,
              status: true,
              dueOn: true,
              updates: { where: { published: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { body: true, bodyZh: true, createdAt: true } },
            },
          },
        },
      },
    },
  });
  return {
    campaign: { slug: campaign.slug, name: campaign.name, nameZh: campaign.nameZh },
    problems: problems.map((p) => ({
      ...p,
      actions: p.actions.map(({ action: a }) => ({
        number: a.number,
        title: a.title,
        titleZh: a.titleZh,
        status: a.status,
        dueOn: isoDate(a.dueOn),
        updates: a.updates.map((u) => ({ body: u.body, bodyZh: u.bodyZh, on: isoDate(u.createdAt) })),
      })),
    })),
  };
}
