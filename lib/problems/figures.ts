import "server-only";
import { db } from "@/lib/db/client";
import type { Scope } from "@/lib/auth/scope";
import { isSmall, MIN_QUOTE_RESPONDENTS, MIN_RESPONDENTS } from "@/lib/dashboards/suppression";

// Counts behind problems, in the reader's scope, protected like the dashboards' aspect figures: a
// figure from 1-4 people is hidden, and so is a problem's figure whose difference to its aspect's
// figure (which the dashboard publishes) would be 1-4 people, or subtraction would recover it.

export type ProblemFigures = {
  /** Officers raising it (respondents plus seminar participants), or null when hidden. */
  people: number | null;
  /** Units where at least 5 people raised it. */
  units: number;
  /** Mean severity of the seminar findings, or null when fewer than 5 people raised them. */
  severity: number | null;
  /** Officers' own texts may be quoted (10 or more respondents). */
  quotable: boolean;
  /** Seminar findings may be quoted (10 or more people in all). */
  findingsQuotable: boolean;
};

type Row = { key: string; unitId: string | null; respondents: number; seminar: number; severity: number };


function units(scope: Scope): string[] | null {
  return scope.kind === "all" ? null : scope.unitIds;
}

/** Figures per problem id. */
export async function problemFigures(scope: Scope, campaignId: string, problemIds: string[]) {
  if (problemIds.length === 0) return new Map<string, ProblemFigures>();
  const scoped = units(scope);
  const [rows, aspects] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT pe."problemId" AS key, e."unitId",
             count(DISTINCT a."responseId")::int AS respondents,
             coalesce(sum(f."raisedBy"), 0)::int AS seminar,
             coalesce(sum(f."raisedBy" * CASE f.severity WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END), 0)::int AS severity
      FROM "ProblemEvidence" pe
      JOIN "EvidenceItem" e ON e.id = pe."evidenceId" AND e.status IN ('ACCEPTED', 'CORRECTED')
      LEFT JOIN "Answer" a ON a.id = e."answerId"
      LEFT JOIN "Finding" f ON f.id = e."findingId"
      WHERE pe."problemId" = ANY(${problemIds}::text[]) AND e."campaignId" = ${campaignId}
        AND (${scoped}::text[] IS NULL OR e."unitId" = ANY(${scoped}::text[]))
      GROUP BY 1, 2`,
    aspectPeople(scope, campaignId),
  ]);
  const aspectOf = new Map(
    (
      await db.problem.findMany({ where: { id: { in: problemIds } }, select: { id: true, aspectCode: true } })
    ).map((p) => [p.id, p.aspectCode]),
  );
  return new Map(
    problemIds.map((id) => {
      const mine = rows.filter((r) => r.key === id);
      const figures = summarise(mine);
      const aspect = aspectOf.get(id);
      const aspectTotal = aspect ? (aspects.get(aspect) ?? 0) : 0;
      const hidden = isSmall(figures.total) || (aspect !== null && aspect !== undefined && isSmall(aspectTotal - figures.total));
      return [id, { ...figures.published, people: hidden ? null : figures.total }];
    }),
  );
}

/** Reviewed evidence per aspect in scope: people raising each aspect (respondents + seminar). */
export async function aspectPeople(scope: Scope, campaignId: string): Promise<Map<string, number>> {
  const rows = await aspectRows(scope, campaignId);
  const result = new Map<string, number>();
  for (const r of rows) result.set(r.key, (result.get(r.key) ?? 0) + r.respondents + r.seminar);
  return result;
}

/** Figures per aspect code (for the suggestions). */
export async function aspectFigures(scope: Scope, campaignId: string): Promise<Map<string, ProblemFigures>> {
  const rows = await aspectRows(scope, campaignId);
  const keys = [...new Set(rows.map((r) => r.key))];
  return new Map(
    keys.map((key) => {
      const f = summarise(rows.filter((r) => r.key === key));
      return [key, { ...f.published, people: isSmall(f.total) ? null : f.total }];
    }),
  );
}

function aspectRows(scope: Scope, campaignId: string): Promise<Row[]> {
  const scoped = units(scope);
  return db.$queryRaw<Row[]>`
    SELECT e."aspectCode" AS key, e."unitId",
           count(DISTINCT a."responseId")::int AS respondents,
           coalesce(sum(f."raisedBy"), 0)::int AS seminar,
           coalesce(sum(f."raisedBy" * CASE f.severity WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END), 0)::int AS severity
    FROM "EvidenceItem" e
    LEFT JOIN "Answer" a ON a.id = e."answerId"
    LEFT JOIN "Finding" f ON f.id = e."findingId"
    WHERE e."campaignId" = ${campaignId} AND e.status IN ('ACCEPTED', 'CORRECTED') AND e."aspectCode" IS NOT NULL
      AND (${scoped}::text[] IS NULL OR e."unitId" = ANY(${scoped}::text[]))
    GROUP BY 1, 2`;
}

function summarise(rows: Row[]) {
  let respondents = 0;
  let seminar = 0;
  let severity = 0;
  let affected = 0;
  for (const r of rows) {
    respondents += r.respondents;
    seminar += r.seminar;
    severity += r.severity;
    // A unit counts as affected only where enough people raised it to be published for that unit.
    if (r.unitId && r.respondents + r.seminar >= MIN_RESPONDENTS) affected++;
  }
  return {
    total: respondents + seminar,
    published: {
      units: affected,
      severity: seminar >= MIN_RESPONDENTS ? severity / seminar : null,
      quotable: respondents >= MIN_QUOTE_RESPONDENTS,
      findingsQuotable: respondents + seminar >= MIN_QUOTE_RESPONDENTS,
    },
  };
}
