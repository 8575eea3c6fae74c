import "server-only";
import { dbRead } from "@/lib/db/client";
import { ANY, type AnswerFine, type QuestionInfo } from "@/lib/dashboards/answers";
import type { View } from "@/lib/dashboards/resolve-view";

// The aggregate and small-table reads behind one dashboard view, each one indexed query. Raw SQL
// for the aggregates: they are the hot path, and Prisma's groupBy costs more than the query.
// Prisma returns raw rows as null-prototype objects, which V8 keeps in slow dictionary mode: the
// rows are copied into plain objects once, because the protection code reads them many times
// (merging the histograms straight from raw rows took 1.1 ms, from plain ones 0.2 ms).

type Selection = Pick<View, "selection" | "roleKey" | "serviceKey">;
const PROFILE_ANY = "*";

/** Respondents by source and day under the filters (the fine table has no "*" rows). */
export async function respondentsBySourceAndDay(campaignId: string, view: Selection) {
  const role = view.roleKey === PROFILE_ANY ? null : view.roleKey;
  const service = view.serviceKey === PROFILE_ANY ? null : view.serviceKey;
  // Grouped on the stored columns, formatted afterwards: to_char on each of the ~8,000 rows of a
  // 1.7-million-answer campaign took more PostgreSQL time (3 ms) than the grouping.
  const rows = await dbRead.$queryRaw<{ source: string; day: string; respondents: number }[]>`
    SELECT source::text AS source, to_char(day, 'YYYY-MM-DD') AS day, respondents
    FROM (
      SELECT source, "submittedOn" AS day, sum(respondents)::int AS respondents
      FROM "DashboardRespondentCount"
      WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${[...view.selection]}::text[])
        AND (${role}::text IS NULL OR "roleLevel" = ${role}::text)
        AND (${service}::text IS NULL OR "serviceYears" = ${service}::text)
      GROUP BY 1, 2
    ) g`;
  return rows.map((r) => ({ source: r.source, day: r.day, respondents: r.respondents }));
}

/**
 * The scope's NUMBER and LIKERT answers by question and exact value, in the three kinds of rows
 * the protected tables are summed from (scope-table.ts): per unit for any profile (the "*"
 * roll-ups), and per role level and per service band over the whole scope (unit "*"). The fine
 * cells (unit x role x service) gave the same tables from seven times as many rows: 51,000 at 1.7
 * million answers, the largest part of the dashboard's CPU (answers.ts reads both kinds).
 */
export async function scopeAnswerCounts(campaignId: string, units: ReadonlySet<string>) {
  // The campaign's role levels come from a few probes of the primary key (campaign, role, service,
  // ...), so that the role roll-up reads its rows by index ranges: "roleLevel" <> '*' is no range,
  // and was read by scanning the whole table, every campaign's rows (not flat with ten campaigns).
  const scope = [...units];
  const rows = await dbRead.$queryRaw<
    { questionId: string; unitId: string; role: string; service: string; value: number; count: number }[]
  >`
    WITH RECURSIVE roles(r) AS (
      SELECT min("roleLevel") FROM "DashboardAnswerCount" WHERE "campaignId" = ${campaignId}
      UNION ALL
      SELECT (SELECT min("roleLevel") FROM "DashboardAnswerCount" WHERE "campaignId" = ${campaignId} AND "roleLevel" > roles.r)
      FROM roles WHERE r IS NOT NULL
    )
    SELECT "questionId", "unitId", '*' AS role, '*' AS service, value, answers AS count
    FROM "DashboardAnswerCount"
    WHERE "campaignId" = ${campaignId} AND "roleLevel" = '*' AND "serviceYears" = '*' AND "unitId" = ANY(${scope}::text[])
    UNION ALL
    SELECT "questionId", '*', "roleLevel", '*', value, sum(answers)::int
    FROM "DashboardAnswerCount"
    WHERE "campaignId" = ${campaignId} AND "roleLevel" = ANY(ARRAY(SELECT r FROM roles WHERE r <> '*'))
      AND "serviceYears" = '*' AND "unitId" = ANY(${scope}::text[])
    GROUP BY 1, 3, 5
    UNION ALL
    SELECT "questionId", '*', '*', "serviceYears", value, sum(answers)::int
    FROM "DashboardAnswerCount"
    WHERE "campaignId" = ${campaignId} AND "roleLevel" = '*' AND "serviceYears" <> '*' AND "unitId" = ANY(${scope}::text[])
    GROUP BY 1, 4, 5`;
  return rows.map((r) => ({
    questionId: r.questionId,
    unitId: r.unitId,
    role: r.role,
    service: r.service,
    value: String(r.value),
    count: r.count,
  }));
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
  const rows = await dbRead.$queryRaw<
    { questionId: string; unitId: string | null; role: string | null; service: string | null; value: string; count: number }[]
  >`
    SELECT "questionId", "unitId", "roleLevel" AS role, "serviceYears" AS service, option AS value, sum(answers)::int AS count
    FROM "DashboardChoiceCount"
    WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${[...units]}::text[])
    GROUP BY GROUPING SETS (("questionId", "unitId", option), ("questionId", "roleLevel", option), ("questionId", "serviceYears", option))`;
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
  const rows = await dbRead.$queryRaw<
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
    }[]
  >`
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
    ORDER BY v.version DESC, s."order" ASC, q."order" ASC`;
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
  const rows = await dbRead.$queryRaw<{ value: string; label: string; field: string }[]>`
    SELECT o.value, o.label, q."profileField"::text AS field
    FROM "QuestionOption" o
    JOIN "Question" q ON q.id = o."questionId"
    JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
    JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
    JOIN "Questionnaire" qn ON qn.id = v."questionnaireId"
    WHERE o.value <> 'prefer_not' AND q."profileField" IN ('ROLE_LEVEL', 'SERVICE_YEARS')
      AND qn."campaignId" = ${campaignId} AND v.status IN ('PUBLISHED', 'RETIRED')
    ORDER BY o."order" ASC`;
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
  const rows = await dbRead.$queryRaw<{ unitId: string; issued: number; used: number }[]>`
    SELECT b."unitId", sum(b.size)::int AS issued,
           sum((SELECT count(*) FROM "AccessCode" c WHERE c."batchId" = b.id AND c.used))::int AS used
    FROM "AccessCodeBatch" b
    WHERE b."campaignId" = ${campaignId} AND b."unitId" = ANY(${[...view.selection]}::text[])
    GROUP BY 1`;
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
  const rows = await dbRead.$queryRaw<{ id: string; aspect: string; text: string; answer: boolean }[]>`
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
    JOIN "EvidenceItem" e ON e.id = q.eid AND e.status IN ('ACCEPTED', 'CORRECTED') AND e."maskedText" IS NOT NULL`;
  return rows.map((r) => ({ id: r.id, aspect: r.aspect, text: r.text, answer: r.answer }));
}
