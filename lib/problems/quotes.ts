import "server-only";
import { db } from "@/lib/db/client";
import type { Scope } from "@/lib/auth/scope";
import type { ProblemFigures } from "@/lib/problems/figures";

// Masked texts behind a problem or an aspect. Only reviewers' masked text of reviewed items leaves
// the server, only where the figure allows quoting (10 or more people; officers' own texts only
// with 10 or more respondents), in the random order of the evidence ids.

export type Quote = { id: string; text: string; kind: "answer" | "finding" };

type Target = { problemId: string } | { aspectCode: string };

export async function quotesFor(
  scope: Scope,
  campaignId: string,
  target: Target,
  figures: Pick<ProblemFigures, "quotable" | "findingsQuotable"> | undefined,
  limit: number,
): Promise<Quote[]> {
  if (!figures?.findingsQuotable) return [];
  const rows = await db.evidenceItem.findMany({
    where: {
      campaignId,
      status: { in: ["ACCEPTED", "CORRECTED"] },
      maskedText: { not: null },
      ...("problemId" in target ? { problems: { some: { problemId: target.problemId } } } : { aspectCode: target.aspectCode }),
      ...(scope.kind === "all" ? {} : { unitId: { in: scope.unitIds } }),
      ...(figures.quotable ? {} : { kind: "FINDING" as const }),
    },
    orderBy: { id: "asc" },
    take: limit * 3,
    select: { id: true, maskedText: true, kind: true },
  });
  const seen = new Set<string>();
  const quotes: Quote[] = [];
  for (const r of rows) {
    if (!r.maskedText || seen.has(r.maskedText)) continue;
    seen.add(r.maskedText);
    quotes.push({ id: r.id, text: r.maskedText, kind: r.kind === "ANSWER" ? "answer" : "finding" });
    if (quotes.length >= limit) break;
  }
  return quotes;
}
