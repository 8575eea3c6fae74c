import "server-only";
import { sqlRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ANY, type AnswerFine, type QuestionInfo } from "@/lib/dashboards/answers";
import type { View } from "@/lib/dashboards/resolve-view";

// The aggregate and small-table reads behind one dashboard view, each one indexed query. Raw SQL
// through `pg` itself (sqlRead): they are the hot path, and Prisma's groupBy, and even its mapping
// of raw rows, cost more than the queries. `pg` returns plain objects, which the protection code
// can read many times (Prisma's null-prototype rows had to be copied first).

type Selection = Pick<View, "selection" | "roleKey" | "serviceKey">;
const PROFILE_ANY = "*";

/** Respondents by source and day under the filters (the fine table has no "*" rows). */
export async function respondentsBySourceAndDay(campaignId: string, view: Selection) {
  const role = view.roleKey === PROFILE_ANY ? null : view.roleKey;
  const service = view.serviceKey === PROFILE_ANY ? null : view.serviceKey;
  // Grouped on the stored columns, formatted afterwards: to_char on each of the ~8,000 rows of a
  // 1.7-million-answer campaign took more PostgreSQL time (3 ms) than the grouping.
  const rows = await sqlRead<{ source: string; day: string; respondents: number }>(Prisma.sql`
    SELECT source::text AS source, to_char(day, 'YYYY-MM-DD') AS day, respondents
    FROM (
      SELECT source, "submittedOn" AS day, sum(respondents)::int AS respondents
      FROM "DashboardRespondentCount"
      WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${[...view.selection]}::text[])
        AND (${role}::text IS NULL OR "roleLevel" = ${role}::text)
        AND (${service}::text IS NULL OR "serviceYears" = ${service}::text)
      GROUP BY 1, 2
    ) g`);
  return rows;
}

/**
 * The scope's NUMBER and LIKERT answers by question and exact value, in the three kinds of rows
 * the protected tables are summed from (scope-table.ts): per unit for any profile (the "*"
 * roll-ups), and per role level and per service band over the whole scope (unit "*"). The fine
 * cells (unit x role x service) gave the same tables from seven times as many rows: 51,000 at 1.7
 * million answers, the largest part of the dashboard's CPU (answers.ts reads both kinds).
 */
export async function scopeAnswerCounts(campaignId: string, units: ReadonlySet<string>) {
  // The campaign's role levels and service bands come from a few probes of the primary key
  // (campaign, role, service, ...), so that the roll-ups read their rows by index ranges: "roleLevel"
  // <> '*' is no range, and was read by scanning the whole table, every campaign's rows (not flat
  // with ten campaigns). One row per question and kind of roll-up, its counts as three JSON arrays
  // (the unit's place in `scope`, or the role level or band; the value; the answers): the 7,000
  // rows of a 1.7-million-answer campaign cost more to parse in `pg`, text column by text column,
  // than the dashboard's protection of them (80 KB instead of 980 KB).
  const scope = [...units];
  type Row = { questionId: string; by: "unit" | "role" | "service"; cells: [(number | string)[], number[], number[]] };
  // Three statements rather than one UNION: PostgreSQL runs a statement on one core, and the
  // roll-ups were the longest wait of the page (26 ms at 1.7 million answers, run one after the other).
  const byUnit = sqlRead<Row>(Prisma.sql`
    SELECT c."questionId", 'unit' AS "by", json_build_array(array_agg(scope.i - 1), array_agg(c.value), array_agg(c.answers)) AS cells
    FROM "DashboardAnswerCount" c JOIN unnest(${scope}::text[]) WITH ORDINALITY scope(id, i) ON scope.id = c."unitId"
    WHERE c."campaignId" = ${campaignId} AND c."roleLevel" = '*' AND c."serviceYears" = '*' AND c."unitId" = ANY(${scope}::text[])
    GROUP BY 1`);
  // A scope that holds every unit the campaign's answers came from (a bureau head's, an admin's)
  // reads the campaign-wide rows (unit '*', kept by the triggers) instead of summing 16,000 unit rows
  // per roll-up: `whole` compares the campaign's units, found by probes of the primary key, with the
  // scope. Any other scope sums its units' rows.
  const coverage = Prisma.sql`
    units(u) AS (
      SELECT min("unitId") FROM "DashboardAnswerCount" WHERE "campaignId" = ${campaignId} AND "roleLevel" = '*' AND "serviceYears" = '*'
      UNION ALL
      SELECT (SELECT min("unitId") FROM "DashboardAnswerCount"
              WHERE "campaignId" = ${campaignId} AND "roleLevel" = '*' AND "serviceYears" = '*' AND "unitId" > units.u)
      FROM units WHERE u IS NOT NULL
    ),
    whole(w) AS (SELECT coalesce(bool_and(u = ANY(${scope}::text[])), false) FROM units WHERE u IS NOT NULL)`;
  // The role levels (or service bands) of the campaign, probed as above; for bands the role is
  // "*", so that each probe is an index range. Column names from this constant, never from input.
  const COLUMNS = {
    role: { column: Prisma.raw(`"roleLevel"`), other: Prisma.raw(`"serviceYears"`), probe: Prisma.empty },
    service: { column: Prisma.raw(`"serviceYears"`), other: Prisma.raw(`"roleLevel"`), probe: Prisma.sql`AND "roleLevel" = '*'` },
  };
  const rollUp = (by: "role" | "service") => {
    const { column, other, probe } = COLUMNS[by];
    return sqlRead<Row>(Prisma.sql`
      WITH RECURSIVE kinds(k) AS (
        SELECT min(${column}) FROM "DashboardAnswerCount" WHERE "campaignId" = ${campaignId} ${probe}
        UNION ALL
        SELECT (SELECT min(${column}) FROM "DashboardAnswerCount" WHERE "campaignId" = ${campaignId} ${probe} AND ${column} > kinds.k)
        FROM kinds WHERE k IS NOT NULL
      ), ${coverage}
      SELECT "questionId", ${by}::text AS "by", json_build_array(array_agg(k), array_agg(value), array_agg(n)) AS cells FROM (
        SELECT "questionId", ${column} AS k, value, answers AS n
        FROM "DashboardAnswerCount"
        WHERE (SELECT w FROM whole) AND "campaignId" = ${campaignId} AND ${column} = ANY(ARRAY(SELECT k FROM kinds WHERE k <> '*'))
          AND ${other} = '*' AND "unitId" = '*'
        UNION ALL
        SELECT "questionId", ${column} AS k, value, sum(answers)::int AS n
        FROM "DashboardAnswerCount"
        WHERE NOT (SELECT w FROM whole) AND "campaignId" = ${campaignId} AND ${column} = ANY(ARRAY(SELECT k FROM kinds WHERE k <> '*'))
          AND ${other} = '*' AND "unitId" = ANY(${scope}::text[])
        GROUP BY 1, 2, 3) g
      GROUP BY 1`);
  };
  const [byRole, byService] = [rollUp("role"), rollUp("service")];
  const rows = (await Promise.all([byUnit, byRole, byService])).flat();
  const fine: (AnswerFine & { questionId: string })[] = [];
  for (const { questionId, by, cells } of rows) {
    const [keys, values, counts] = cells;
    for (let i = 0; i < values.length; i++) {
      const key = keys[i];
      fine.push({
        questionId,
        unitId: by === "unit" ? scope[key as number] : ANY,
        role: by === "role" ? (key as string) : ANY,
        service: by === "service" ? (key as string) : ANY,
        value: String(values[i]),
        count: counts[i],
      });
    }
  }
  return fine;
}

/**
 * The scope's choice answers by question and option, and the respondents who answered each choice
 * question (the option "" of DashboardChoiceCount), from the aggregate the triggers keep (reading
 * the answers themselves cost 4 s at 1.7 million answers). Rolled up here like scopeAnswerCounts:
 * per unit for any profile, per role level and per service band over the scope, in one pass
 * (grouping sets). The aggregate holds fine cells only; rolled up, 1.7 million answers send 760
 * rows instead of 5,500, and the protected tables sum to the same figures from either form
 * (answers.ts). Every choice question of the campaign: the caller keeps the ones it shows, so this
 * read need not wait for the list of questions.
 */
export async function scopeChoiceCounts(campaignId: string, units: ReadonlySet<string>) {
  const rows = await sqlRead<
    { questionId: string; unitId: string | null; role: string | null; service: string | null; value: string; count: number }
  >(Prisma.sql`
    SELECT "questionId", "unitId", "roleLevel" AS role, "serviceYears" AS service, option AS value, sum(answers)::int AS count
    FROM "DashboardChoiceCount"
    WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${[...units]}::text[])
    GROUP BY GROUPING SETS (("questionId", "unitId", option), ("questionId", "roleLevel", option), ("questionId", "serviceYears", option))`);
  const chosen: (AnswerFine & { questionId: string })[] = [];
  const answered: (AnswerFine & { questionId: string })[] = [];
  for (const r of rows) {
    // The columns a grouping set leaves out come back null (the stored ones are never null).
    const row = {
      questionId: r.questionId,
      unitId: r.unitId ?? ANY,
      role: r.role ?? ANY,
      service: r.service ?? ANY,
      value: r.value,
      count: r.count,
    };
    (r.value === "" ? answered : chosen).push(row);
  }
  return { chosen, answered };
}

/**
 * Questions the dashboards show, one per key (the newest published version's wording): only
 * versions that were ever published (PUBLISHED or RETIRED), never a draft. Role level and service
 * band are the filters themselves, not charts.
 */
export async function campaignQuestions(campaignId: string) {
  // Raw SQL, options as JSON in the same query: the ORM's two queries and their planning cost more
  // CPU than the reads (decision 003).
  const rows = await sqlRead<
    {
      id: string;
      key: string;
      type: QuestionInfo["type"];
      prompt: string;
      aspectCode: string | null;
      numberUnit: string | null;
      minValue: number | null;
      maxValue: number | null;
      normValue: number | null;
      normLabel: string | null;
      options: { value: string; label: string }[];
    }
  >(Prisma.sql`
    SELECT q.id, q.key, q.type::text AS type, q.prompt, q."aspectCode", q."numberUnit", q."minValue", q."maxValue",
           q."normValue", q."normLabel",
           coalesce((SELECT json_agg(json_build_object('value', o.value, 'label', o.label) ORDER BY o."order")
                     FROM "QuestionOption" o WHERE o."questionId" = q.id), '[]'::json) AS options
    FROM "Question" q
    JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
    JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
    JOIN "Questionnaire" qn ON qn.id = v."questionnaireId"
    WHERE qn."campaignId" = ${campaignId} AND v.status IN ('PUBLISHED', 'RETIRED')
      AND q.type IN ('NUMBER', 'LIKERT', 'SINGLE_CHOICE', 'MULTI_CHOICE')
      AND (q."profileField" IS NULL OR q."profileField" NOT IN ('ROLE_LEVEL', 'SERVICE_YEARS'))
    ORDER BY v.version DESC, s."order" ASC, q."order" ASC`);
  const list = new Map<string, QuestionInfo>();
  for (const q of rows) {
    if (list.has(q.key)) continue;
    list.set(q.key, {
      key: q.key,
      type: q.type,
      prompt: q.prompt,
      aspect: q.aspectCode,
      unit: q.numberUnit,
      min: q.minValue,
      max: q.maxValue,
      norm: q.normValue,
      normLabel: q.normLabel,
      options: q.options.map((o) => ({ value: o.value, label: o.label })),
    });
  }
  return { list: [...list.values()], keyOf: new Map(rows.map((q) => [q.id, q.key])) };
}

/** The role levels and service bands the campaign's questionnaires offer ("prefer not" left out). */
export async function profileOptions(campaignId: string) {
  const rows = await sqlRead<{ value: string; label: string; field: string }>(Prisma.sql`
    SELECT o.value, o.label, q."profileField"::text AS field
    FROM "QuestionOption" o
    JOIN "Question" q ON q.id = o."questionId"
    JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
    JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
    JOIN "Questionnaire" qn ON qn.id = v."questionnaireId"
    WHERE o.value <> 'prefer_not' AND q."profileField" IN ('ROLE_LEVEL', 'SERVICE_YEARS')
      AND qn."campaignId" = ${campaignId} AND v.status IN ('PUBLISHED', 'RETIRED')
    ORDER BY o."order" ASC`);
  const of = (field: string) => [
    ...new Map(rows.filter((o) => o.field === field).map((o) => [o.value, { value: o.value, label: o.label }])).values(),
  ];
  return { roles: of("ROLE_LEVEL"), services: of("SERVICE_YEARS") };
}

/** Access codes issued and used per unit (codes keep no link to responses: only counts). */
export async function accessCodes(
  campaignId: string,
  view: Selection,
): Promise<Map<string, { issued: number; used: number }>> {
  const rows = await sqlRead<{ unitId: string; issued: number; used: number }>(Prisma.sql`
    SELECT b."unitId", sum(b.size)::int AS issued,
           sum((SELECT count(*) FROM "AccessCode" c WHERE c."batchId" = b.id AND c.used))::int AS used
    FROM "AccessCodeBatch" b
    WHERE b."campaignId" = ${campaignId} AND b."unitId" = ANY(${[...view.selection]}::text[])
    GROUP BY 1`);
  return new Map(rows.map((r) => [r.unitId, { issued: r.issued, used: r.used }]));
}

/**
 * A few quotable texts per aspect: reviewed, masked, in the view. Index-ordered by the (random)
 * evidence id, so each aspect stops after a handful of rows. Read for every aspect in parallel
 * with the counts; the caller keeps only aspects with enough people behind them.
 */
export async function quoteCandidates(campaignId: string, view: Selection, perAspect: number) {
  const role = view.roleKey === PROFILE_ANY ? null : view.roleKey;
  const service = view.serviceKey === PROFILE_ANY ? null : view.serviceKey;
  const rows = await sqlRead<{ id: string; aspect: string; text: string; answer: boolean }>(Prisma.sql`
    SELECT q.id, a.code AS aspect, e."maskedText" AS text, q.answer
    FROM "Aspect" a
    CROSS JOIN LATERAL (
      SELECT tr."evidenceId" AS eid, tr."evidenceId"::text AS id, tr."responseId" IS NOT NULL AS answer
      FROM "DashboardEvidenceTrace" tr
      WHERE tr."campaignId" = ${campaignId} AND tr."aspectCode" = a.code AND tr.quotable
        AND tr."unitId" = ANY(${[...view.selection]}::text[])
        AND (${role}::text IS NULL OR tr."roleLevel" = ${role}::text)
        AND (${service}::text IS NULL OR tr."serviceYears" = ${service}::text)
      ORDER BY tr."evidenceId" LIMIT ${perAspect}
    ) q
    JOIN "EvidenceItem" e ON e.id = q.eid AND e.status IN ('ACCEPTED', 'CORRECTED') AND e."maskedText" IS NOT NULL`);
  return rows;
}
