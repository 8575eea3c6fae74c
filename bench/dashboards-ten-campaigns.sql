-- Ten campaigns' worth of answers for `npm run bench:dashboards` (issue 15, goal 3): copies the
-- bench database's first campaign (its responses, answers and free-text evidence) into nine older,
-- closed campaigns, set-based (one INSERT ... SELECT per table per copy, generate_series for the
-- copies), with the triggers off, then recounts the aggregates once with dashboard_rebuild().
-- The copies reuse the first campaign's questionnaire version and questions, so the Answer table's
-- questionId index holds ten campaigns' rows for each question: a read that goes through it (not
-- the aggregates) pays for all ten.
-- Usage, on a database loaded by `BENCH_DATABASE=name npm run bench:dashboards -- --answers 1700000`:
--   createdb -T name name_17m && psql -d name_17m -v copies=9 -f bench/dashboards-ten-campaigns.sql
-- then `BENCH_DATABASE=name_17m npm run bench:dashboards` times it.
\set ON_ERROR_STOP on
SET session_replication_role = replica; -- no triggers: dashboard_rebuild() counts everything at the end
CREATE TEMP TABLE bench_source AS SELECT id FROM "Campaign" ORDER BY "createdAt", id LIMIT 1;
INSERT INTO "Campaign" (id, slug, name, "nameZh", "startsOn", "endsOn", status, methods)
SELECT 'bench-copy-' || g, c.slug || '-copy-' || g, c.name || ' (copy ' || g || ')', c."nameZh" || '（副本 ' || g || '）',
       c."startsOn" - 400 * g, c."endsOn" - 400 * g, 'CLOSED', c.methods
FROM "Campaign" c JOIN bench_source s ON s.id = c.id CROSS JOIN generate_series(1, :copies) g;
-- One copy per statement, so each commits on its own (psql autocommit) and the WAL stays small.
SELECT format($q$
  INSERT INTO "Response" (id, "campaignId", "versionId", "unitId", source, "submittedOn", "roleLevel", "serviceYears", "ageBand")
  SELECT md5(r.id::text || '-%1$s')::uuid, 'bench-copy-%1$s', r."versionId", r."unitId", r.source, r."submittedOn" - 400 * %1$s,
         r."roleLevel", r."serviceYears", r."ageBand"
  FROM "Response" r JOIN bench_source s ON s.id = r."campaignId"$q$, g) FROM generate_series(1, :copies) g \gexec
SELECT format($q$
  INSERT INTO "Answer" (id, "responseId", "questionId", "numberValue", "textValue", choices)
  SELECT md5(a.id::text || '-%1$s')::uuid, md5(a."responseId"::text || '-%1$s')::uuid, a."questionId", a."numberValue", a."textValue", a.choices
  FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" JOIN bench_source s ON s.id = r."campaignId"$q$, g)
FROM generate_series(1, :copies) g \gexec
SELECT format($q$
  INSERT INTO "EvidenceItem" ("campaignId", "unitId", kind, "answerId", text, status, categories, "aspectCode", "maskedText")
  SELECT 'bench-copy-%1$s', e."unitId", e.kind, md5(e."answerId"::text || '-%1$s')::uuid, e.text, e.status, e.categories, e."aspectCode", e."maskedText"
  FROM "EvidenceItem" e JOIN bench_source s ON s.id = e."campaignId" WHERE e.kind = 'ANSWER'$q$, g)
FROM generate_series(1, :copies) g \gexec
SET session_replication_role = origin;
SELECT dashboard_rebuild();
-- dashboard_rebuild() writes all ten campaigns' aggregate rows in one grouped pass, interleaved
-- on the heap pages (about two rows of a campaign per page): a dashboard then reads 25 times as
-- many pages as with one campaign (PostgreSQL CPU 95 instead of about 40 ms per bureau-head
-- dashboard, measured). Rows counted as a campaign goes (the folds) lie together, one campaign
-- after another; CLUSTER gives the copies that layout, like ten campaigns counted in turn.
CLUSTER "DashboardAnswerCount" USING "DashboardAnswerCount_pkey";
CLUSTER "DashboardChoiceCount" USING "DashboardChoiceCount_pkey";
CLUSTER "DashboardRespondentCount" USING "DashboardRespondentCount_pkey";
CLUSTER "DashboardTopicCount" USING "DashboardTopicCount_pkey";
CLUSTER "DashboardEvidenceTrace" USING "DashboardEvidenceTrace_campaignId_unitId_evidenceId_idx";
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM "Campaign") AS campaigns, (SELECT count(*) FROM "Response") AS responses,
       (SELECT count(*) FROM "Answer") AS answers;
