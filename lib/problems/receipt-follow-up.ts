import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { publishedActions, PUBLISHED_ACTIONS, type PublishedAction } from "@/lib/problems/published";

// "You said, we did": from a verified receipt alone, the problems the officer's own answers fed,
// with their status and only the PUBLISHED notes of the actions answering them. An answer feeds a
// problem when its evidence is linked to the problem, or when its reviewed evidence has the
// problem's aspect. Nothing of the answers themselves is returned.

export type ReceiptAction = PublishedAction;
export type ReceiptProblem = {
  id: string;
  title: string;
  titleZh: string;
  category: string;
  aspectCode: string | null;
  aspectEn: string | null;
  aspectZh: string | null;
  status: string;
  actions: ReceiptAction[];
  /** Whether the officer may give a verdict now (in progress or resolved). */
  verdictOpen: boolean;
  /** The verdict this receipt gave, if any (changeable). */
  myVerdict: { verdict: string; comment: string } | null;
};

export const VERDICT_STATUSES = ["IN_PROGRESS", "RESOLVED"] as const;

/**
 * The verdicts' key: a digest of the receipt's lookup key, the link the receipt already holds.
 * It ties a verdict to a receipt (so a second replaces the first), never to a time or an address.
 */
export function verdictDigest(receiptKey: string): string {
  return createHash("sha256").update(`verdict:${receiptKey}`).digest("hex");
}

/** Ids of the problems a response fed. */
export async function problemsFedBy(responseId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT p.id
    FROM "Response" r
    JOIN "Answer" a ON a."responseId" = r.id
    JOIN "EvidenceItem" e ON e."answerId" = a.id
    JOIN "Problem" p ON p."campaignId" = r."campaignId"
    WHERE r.id = ${responseId}::uuid
      AND (EXISTS (SELECT 1 FROM "ProblemEvidence" pe WHERE pe."problemId" = p.id AND pe."evidenceId" = e.id)
           OR (e.status IN ('ACCEPTED', 'CORRECTED') AND e."aspectCode" IS NOT NULL AND e."aspectCode" = p."aspectCode"))`;
  return rows.map((r) => r.id);
}

export async function followUpOf(responseId: string, receiptKey: string | null): Promise<ReceiptProblem[]> {
  const ids = await problemsFedBy(responseId);
  if (ids.length === 0) return [];
  const [problems, verdicts] = await Promise.all([
    db.problem.findMany({
      where: { id: { in: ids } },
      orderBy: [{ aspectCode: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        titleZh: true,
        category: true,
        status: true,
        aspectCode: true,
        aspect: { select: { titleEn: true, titleZh: true } },
        actions: PUBLISHED_ACTIONS,
      },
    }),
    receiptKey
      ? db.problemVerdict.findMany({
          where: { receiptDigest: verdictDigest(receiptKey), problemId: { in: ids } },
          select: { problemId: true, verdict: true, comment: true },
        })
      : Promise.resolve([]),
  ]);
  return problems.map((p) => {
    const mine = verdicts.find((v) => v.problemId === p.id);
    return {
      id: p.id,
      title: p.title,
      titleZh: p.titleZh,
      category: p.category,
      aspectCode: p.aspectCode,
      aspectEn: p.aspect?.titleEn ?? null,
      aspectZh: p.aspect?.titleZh ?? null,
      status: p.status,
      verdictOpen: (VERDICT_STATUSES as readonly string[]).includes(p.status),
      myVerdict: mine ? { verdict: mine.verdict, comment: mine.comment } : null,
      actions: publishedActions(p.actions),
    };
  });
}
