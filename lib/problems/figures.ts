import "server-only";
import { db } from "@/lib/db/client";
import type { Scope } from "@/lib/auth/scope";
import { isSmall, MIN_QUOTE_RESPONDENTS, MIN_RESPONDENTS } from "@/lib/dashboards/suppression";

// Counts behind problems, in the reader's scope, protected like the dashboards' aspect figures.
// The figures of an aspect (the suggestion's) and of the problems on it are sums over the same
// people, so they are protected together: the people are grouped by which of these figures count
// them, and when any such group has 1-4 people, every problem figure of the family is hidden. Else
// subtraction would recover a small group: a half split off a published problem (the figure before
// the split minus the other half), a small problem beside published siblings (the aspect minus
// the others), or the people of an aspect left out of its problems. A family is the aspects and
// the problems tied by linked items (tests/integration/problem-split-leaks.test.ts).

export type ProblemFigures = {
  /** Officers raising it (respondents plus seminar participants), or null when hidden. */
  people: number | null;
  /** Units where at least 5 people raised it. */
  units: number;
  /** Mean severity of the seminar findings, or null when fewer than 5 people raised them. */
  severity: number | null;
  /** Officers' own texts may be quoted (10 or more respondents; never while the figure is hidden). */
  quotable: boolean;
  /** Seminar findings may be quoted (10 or more people in all; never while the figure is hidden). */
  findingsQuotable: boolean;
};

type Row = { key: string; unitId: string | null; respondents: number; seminar: number; severity: number };

/**
 * One person behind the figures: a respondent (counts 1) or a seminar finding (counts its
 * raisedBy), with the aspects raised and the links of their items to problems ("problemId|aspect").
 */
type Person = { weight: number; aspects: string[]; links: string[] };

function units(scope: Scope): string[] | null {
  return scope.kind === "all" ? null : scope.unitIds;
}

/** Figures per problem id. */
export async function problemFigures(scope: Scope, campaignId: string, problemIds: string[]) {
  if (problemIds.length === 0) return new Map<string, ProblemFigures>();
  const scoped = units(scope);
  const [rows, hidden] = await Promise.all([
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
    hiddenProblems(scope, campaignId),
  ]);
  return new Map(
    problemIds.map((id) => {
      const figures = summarise(rows.filter((r) => r.key === id));
      const hide = hidden.has(id) || isSmall(figures.total);
      const published = hide ? { ...figures.published, quotable: false, findingsQuotable: false } : figures.published;
      return [id, { ...published, people: hide ? null : figures.total }];
    }),
  );
}

/**
 * The campaign's problems whose figures are hidden in this scope because a group of 1-4 people
 * in their family could be told apart (see the top of this file).
 */
async function hiddenProblems(scope: Scope, campaignId: string): Promise<Set<string>> {
  const scoped = units(scope);
  const [persons, problems] = await Promise.all([
    db.$queryRaw<Person[]>`
      SELECT max(weight)::int AS weight,
             coalesce(array_agg(DISTINCT aspect) FILTER (WHERE aspect IS NOT NULL), '{}') AS aspects,
             coalesce(array_agg(DISTINCT pe."problemId" || '|' || coalesce(aspect, '')) FILTER (WHERE pe."problemId" IS NOT NULL), '{}') AS links
      FROM (
        SELECT e.id AS evidence, e."aspectCode" AS aspect,
               coalesce(a."responseId"::text, e.id::text) AS who,
               CASE WHEN a."responseId" IS NULL THEN coalesce(f."raisedBy", 0) ELSE 1 END AS weight
        FROM "EvidenceItem" e
        LEFT JOIN "Answer" a ON a.id = e."answerId"
        LEFT JOIN "Finding" f ON f.id = e."findingId"
        WHERE e."campaignId" = ${campaignId} AND e.status IN ('ACCEPTED', 'CORRECTED')
          AND (${scoped}::text[] IS NULL OR e."unitId" = ANY(${scoped}::text[]))
      ) c
      LEFT JOIN "ProblemEvidence" pe ON pe."evidenceId" = c.evidence::uuid
      GROUP BY who`,
    db.problem.findMany({ where: { campaignId }, select: { id: true, aspectCode: true } }),
  ]);
  return hiddenFamilies(persons, problems);
}

/**
 * Pure: the problems to hide, given every person in scope (with the aspects they raised and the
 * problems their evidence is linked to) and the problems with their own aspect.
 */
function hiddenFamilies(persons: readonly Person[], problems: readonly { id: string; aspectCode: string | null }[]): Set<string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  // Families: a problem joins its own aspect and the aspects of its linked items. A person who
  // raised several aspects counts in each aspect's family, as in each aspect's dashboard figure.
  for (const p of problems) {
    find(`p:${p.id}`);
    if (p.aspectCode) join(`p:${p.id}`, `a:${p.aspectCode}`);
  }
  for (const person of persons)
    for (const link of person.links) {
      const [problem, aspect] = link.split("|");
      if (aspect) join(`p:${problem}`, `a:${aspect}`);
    }
  // Within each family with a problem, people grouped by the family's figures that count them.
  const families = new Set(problems.map((p) => find(`p:${p.id}`)));
  const groups = new Map<string, number>();
  for (const person of persons) {
    if (person.weight <= 0) continue;
    const byFamily = new Map<string, string[]>();
    const counted = new Set(person.links.map((link) => `p:${link.slice(0, link.indexOf("|"))}`));
    for (const key of [...person.aspects.map((a) => `a:${a}`), ...counted]) {
      const family = find(key);
      if (families.has(family)) byFamily.set(family, [...(byFamily.get(family) ?? []), key]);
    }
    for (const [family, keys] of byFamily) {
      const group = `${family}|${keys.sort().join(",")}`;
      groups.set(group, (groups.get(group) ?? 0) + person.weight);
    }
  }
  const exposed = new Set<string>();
  for (const [group, size] of groups) if (isSmall(size)) exposed.add(group.slice(0, group.indexOf("|")));
  return new Set(problems.filter((p) => exposed.has(find(`p:${p.id}`))).map((p) => p.id));
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
