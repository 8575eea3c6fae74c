-- The functions and triggers that keep the dashboard counts live (docs/decisions/003-dashboard-aggregates.md).
-- This file is the one place to read and change them. scripts/db/migrate.mjs applies it after the
-- migrations on every run (npm start, npm run db:migrate), in one transaction, so every statement
-- here must be repeatable: CREATE OR REPLACE only. `npm run db:check-drift` compares the functions
-- and triggers of the database (DATABASE_URL) with what this file makes.
-- A change that alters what is counted needs a recount afterwards: SELECT dashboard_rebuild().
-- (Parameter names must not be column names of the tables a body touches.)

-- ---------- building blocks ----------

-- Every change to the counts first takes this one transaction-level advisory lock, so concurrent
-- writers update the counts one after another (no lost updates, no deadlocks between aggregate
-- rows) and each reads what the previous one committed.
CREATE OR REPLACE FUNCTION dashboard_lock() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(72707369, 5)
$$;

-- The fine cell plus its "any role", "any service" and "any" roll-ups.
CREATE OR REPLACE FUNCTION dashboard_cube(role_level text, service_years text)
RETURNS TABLE (role_level text, service_years text) LANGUAGE sql IMMUTABLE AS $$
  VALUES ($1, $2), ($1, '*'), ('*', $2), ('*', '*')
$$;

-- The cells of the answer counts for one response: the unit's four (dashboard_cube), and the
-- campaign-wide role level and service band (unit '*'), which a reader whose scope holds every unit
-- reads instead of summing the units' rows (lib/dashboards/campaign-reads.ts).
CREATE OR REPLACE FUNCTION dashboard_answer_cells(role_level text, service_years text, unit_id text)
RETURNS TABLE (role_level text, service_years text, unit_id text) LANGUAGE sql IMMUTABLE AS $$
  SELECT k.role_level, k.service_years, $3 FROM dashboard_cube($1, $2) AS k
  UNION ALL VALUES ($1, '*', '*'), ('*', $2, '*')
$$;

CREATE OR REPLACE FUNCTION dashboard_topics(categories text[], aspect_code text)
RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'any'
  UNION SELECT 'category:' || c FROM unnest($1) AS c
  UNION SELECT 'aspect:' || $2 WHERE $2 <> ''
$$;

-- Cells that reach zero go (so a deleted campaign leaves nothing behind). By the tuple ids the
-- upsert returned: exact, and a TID scan whatever the planner thinks of the table.
CREATE OR REPLACE FUNCTION dashboard_drop_zeros(target text, zeros tid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF zeros IS NOT NULL THEN
    EXECUTE format('DELETE FROM %I WHERE ctid = ANY ($1)', target) USING zeros;
  END IF;
END $$;

-- ---------- counting ----------

-- Respondents: removed rows count -1, added rows +1, netted per cell.
CREATE OR REPLACE FUNCTION dashboard_count_respondents(removed "Response"[], added "Response"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zeros tid[];
BEGIN
  PERFORM dashboard_lock();
  WITH upserted AS (
    INSERT INTO "DashboardRespondentCount" AS t ("campaignId", "unitId", "roleLevel", "serviceYears", "source", "submittedOn", "respondents")
    SELECT r."campaignId", COALESCE(r."unitId", ''), COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), r."source", r."submittedOn", sum(r.delta)::int
    FROM (
      SELECT x.*, -1 AS delta FROM unnest(removed) AS x
      UNION ALL
      SELECT x.*, 1 FROM unnest(added) AS x
    ) AS r
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(r.delta) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("campaignId", "unitId", "roleLevel", "serviceYears", "source", "submittedOn")
    DO UPDATE SET "respondents" = t."respondents" + EXCLUDED."respondents"
    RETURNING t.ctid, t."respondents"
  )
  SELECT array_agg(ctid) INTO zeros FROM upserted WHERE "respondents" = 0;
  PERFORM dashboard_drop_zeros('DashboardRespondentCount', zeros);
END $$;

-- NUMBER and LIKERT answers by value, with the dimensions of the given response rows (old or new).
CREATE OR REPLACE FUNCTION dashboard_count_answers(response_rows "Response"[], answer_rows "Answer"[], delta int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zeros tid[];
BEGIN
  IF cardinality(answer_rows) = 0 THEN RETURN; END IF;
  PERFORM dashboard_lock();
  WITH upserted AS (
    INSERT INTO "DashboardAnswerCount" AS t ("campaignId", "roleLevel", "serviceYears", "unitId", "questionId", "value", "answers")
    SELECT r."campaignId", k.role_level, k.service_years, k.unit_id, a."questionId", a."numberValue", (count(*) * delta)::int
    FROM unnest(answer_rows) AS a
    JOIN unnest(response_rows) AS r ON r.id = a."responseId"
    JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('NUMBER', 'LIKERT')
    CROSS JOIN LATERAL dashboard_answer_cells(COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), COALESCE(r."unitId", '')) AS k
    WHERE a."numberValue" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("campaignId", "roleLevel", "serviceYears", "unitId", "questionId", "value")
    DO UPDATE SET "answers" = t."answers" + EXCLUDED."answers"
    RETURNING t.ctid, t."answers"
  )
  SELECT array_agg(ctid) INTO zeros FROM upserted WHERE "answers" = 0;
  PERFORM dashboard_drop_zeros('DashboardAnswerCount', zeros);
  PERFORM dashboard_count_choices(response_rows, answer_rows, delta);
END $$;

-- SINGLE_CHOICE and MULTI_CHOICE answers by option in the fine cells, plus each answer once under
-- the option '' (those who answered). Called by dashboard_count_answers (under its lock), so every
-- path that counts answers counts choices too. Before this table the dashboards grouped the
-- choice answers of the whole campaign on every read (4 s at 1.7 million answers).
CREATE OR REPLACE FUNCTION dashboard_count_choices(response_rows "Response"[], answer_rows "Answer"[], delta int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zeros tid[];
BEGIN
  WITH upserted AS (
    INSERT INTO "DashboardChoiceCount" AS t ("campaignId", "unitId", "roleLevel", "serviceYears", "questionId", "option", "answers")
    SELECT r."campaignId", COALESCE(r."unitId", ''), COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), a."questionId", c.option, (count(*) * delta)::int
    FROM unnest(answer_rows) AS a
    JOIN unnest(response_rows) AS r ON r.id = a."responseId"
    JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('SINGLE_CHOICE', 'MULTI_CHOICE')
    CROSS JOIN LATERAL (SELECT unnest(a.choices) UNION ALL SELECT '') AS c(option)
    WHERE cardinality(a.choices) > 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("campaignId", "unitId", "roleLevel", "serviceYears", "questionId", "option")
    DO UPDATE SET "answers" = t."answers" + EXCLUDED."answers"
    RETURNING t.ctid, t."answers"
  )
  SELECT array_agg(ctid) INTO zeros FROM upserted WHERE "answers" = 0;
  PERFORM dashboard_drop_zeros('DashboardChoiceCount', zeros);
END $$;

-- What a reviewed (ACCEPTED or CORRECTED) evidence item counts for, from the current rows. Free-text
-- answers take the response's unit and profile bands; seminar findings count the officers who
-- raised them, with no profile (so profile filters leave them out).
CREATE OR REPLACE FUNCTION dashboard_evidence_contribution(ids uuid[])
RETURNS TABLE (evidence_id uuid, campaign_id text, response_id uuid, unit_id text, role_level text, service_years text,
               aspect_code text, categories text[], people int, severity int, quotable boolean)
LANGUAGE sql STABLE AS $$
  SELECT e.id, e."campaignId", r.id,
         COALESCE(CASE e.kind WHEN 'ANSWER' THEN r."unitId" ELSE e."unitId" END, ''),
         CASE e.kind WHEN 'ANSWER' THEN COALESCE(r."roleLevel", '') ELSE '' END,
         CASE e.kind WHEN 'ANSWER' THEN COALESCE(r."serviceYears", '') ELSE '' END,
         COALESCE(e."aspectCode", ''),
         ARRAY(SELECT DISTINCT c::text FROM unnest(e.categories) AS c ORDER BY 1),
         CASE e.kind WHEN 'ANSWER' THEN 1 ELSE GREATEST(f."raisedBy", 0) END,
         CASE e.kind WHEN 'ANSWER' THEN 0 ELSE CASE f.severity WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END END,
         -- Only a reviewer's masked (or cleared) text may ever be quoted.
         COALESCE(btrim(e."maskedText"), '') <> ''
  FROM unnest(ids) AS i(id)
  JOIN "EvidenceItem" e ON e.id = i.id
  LEFT JOIN "Answer" a ON e.kind = 'ANSWER' AND a.id = e."answerId"
  LEFT JOIN "Response" r ON r.id = a."responseId"
  LEFT JOIN "Finding" f ON e.kind = 'FINDING' AND f.id = e."findingId"
  WHERE e.status IN ('ACCEPTED', 'CORRECTED')
    AND CASE e.kind WHEN 'ANSWER' THEN r.id IS NOT NULL ELSE f.id IS NOT NULL END
$$;

-- Brings the topic counts in line with the current state of the given evidence items: takes back
-- what their traces added, adds what they count for now. A respondent counts once per topic
-- however many reviewed texts of theirs touch it, so respondent counts move only when a
-- respondent's number of items on a topic goes from 0 to more or back.
CREATE OR REPLACE FUNCTION dashboard_refresh_evidence(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zeros tid[];
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM dashboard_lock();
  IF NOT EXISTS (SELECT 1 FROM "DashboardEvidenceTrace" WHERE "evidenceId" = ANY (ids))
     AND NOT EXISTS (SELECT 1 FROM dashboard_evidence_contribution(ids)) THEN
    RETURN; -- unreviewed items count for nothing
  END IF;
  WITH changes AS (
    SELECT tr."campaignId" AS campaign_id, tr."responseId" AS response_id, tr."unitId" AS unit_id, tr."roleLevel" AS role_level,
           tr."serviceYears" AS service_years, tr."aspectCode" AS aspect_code, tr.categories, tr.people, tr.severity, -1 AS sign
    FROM "DashboardEvidenceTrace" tr WHERE tr."evidenceId" = ANY (ids)
    UNION ALL
    SELECT n.campaign_id, n.response_id, n.unit_id, n.role_level, n.service_years, n.aspect_code, n.categories, n.people, n.severity, 1
    FROM dashboard_evidence_contribution(ids) AS n
  ), topic_changes AS (
    SELECT c.*, t.topic FROM changes c CROSS JOIN LATERAL dashboard_topics(c.categories, c.aspect_code) AS t(topic)
  ), item_delta AS (
    SELECT campaign_id, response_id, unit_id, role_level, service_years, topic, sum(sign) AS d
    FROM topic_changes WHERE response_id IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
  ), items_before AS (
    SELECT tr."campaignId" AS campaign_id, tr."responseId" AS response_id, tr."unitId" AS unit_id, tr."roleLevel" AS role_level,
           tr."serviceYears" AS service_years, t.topic, count(*) AS n
    FROM "DashboardEvidenceTrace" tr CROSS JOIN LATERAL dashboard_topics(tr.categories, tr."aspectCode") AS t(topic)
    WHERE tr."responseId" IN (SELECT response_id FROM item_delta)
    GROUP BY 1, 2, 3, 4, 5, 6
  ), fine AS (
    SELECT d.campaign_id, d.unit_id, d.role_level, d.service_years, d.topic,
           (COALESCE(b.n, 0) + d.d > 0)::int - (COALESCE(b.n, 0) > 0)::int AS respondents, 0 AS people, 0 AS points
    FROM item_delta d
    LEFT JOIN items_before b USING (campaign_id, response_id, unit_id, role_level, service_years, topic)
    UNION ALL
    SELECT campaign_id, unit_id, role_level, service_years, topic, 0, sign * people, sign * people * severity
    FROM topic_changes WHERE response_id IS NULL
  ), upserted AS (
    INSERT INTO "DashboardTopicCount" AS t ("campaignId", "roleLevel", "serviceYears", "unitId", "topic", "respondents", "seminarPeople", "severityPoints")
    SELECT f.campaign_id, k.role_level, k.service_years, f.unit_id, f.topic, sum(f.respondents)::int, sum(f.people)::int, sum(f.points)::int
    FROM fine f CROSS JOIN LATERAL dashboard_cube(f.role_level, f.service_years) AS k
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(f.respondents) <> 0 OR sum(f.people) <> 0 OR sum(f.points) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("campaignId", "roleLevel", "serviceYears", "unitId", "topic")
    DO UPDATE SET "respondents" = t."respondents" + EXCLUDED."respondents",
                  "seminarPeople" = t."seminarPeople" + EXCLUDED."seminarPeople",
                  "severityPoints" = t."severityPoints" + EXCLUDED."severityPoints"
    RETURNING t.ctid, t."respondents" = 0 AND t."seminarPeople" = 0 AND t."severityPoints" = 0 AS empty
  )
  SELECT array_agg(ctid) INTO zeros FROM upserted WHERE empty;
  PERFORM dashboard_drop_zeros('DashboardTopicCount', zeros);

  DELETE FROM "DashboardEvidenceTrace" WHERE "evidenceId" = ANY (ids);
  INSERT INTO "DashboardEvidenceTrace" ("evidenceId", "campaignId", "responseId", "unitId", "roleLevel", "serviceYears", "aspectCode", "categories", "people", "severity", "quotable")
  SELECT * FROM dashboard_evidence_contribution(ids);
END $$;

-- ---------- new responses, counted in batches ----------
-- A new response only enters "DashboardPendingResponse" (its insert trigger below); a submission
-- touches no shared row. dashboard_fold() counts every waiting response with its answers in one
-- batch: after a survey submission once a batch waits, without waiting for the lock
-- (foldWhenWaiting), after paper entry (foldAfterSubmission), and before every dashboard read,
-- waiting (countWaitingResponses), so a read sees every committed response. Every other
-- change is counted at once, after the waiting responses are folded in, so the counts are always
-- "aggregates + pending = source rows".

-- Counts the waiting responses. wait = false gives up at once (returns -1) when another
-- transaction is folding or changing the counts; it will see these rows or a later fold will.
CREATE OR REPLACE FUNCTION dashboard_fold(wait boolean DEFAULT true) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  folded int := 0;
  settled "Response"[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "DashboardPendingResponse") THEN RETURN 0; END IF;
  IF wait THEN
    PERFORM dashboard_lock();
  ELSIF NOT pg_try_advisory_xact_lock(72707369, 5) THEN
    RETURN -1;
  END IF;
  -- Each statement sees what committed before it began: responses committed while a batch is
  -- counted make the next round, up to a few rounds so that a reader never waits long.
  FOR pass IN 1..4 LOOP
    WITH taken AS (DELETE FROM "DashboardPendingResponse" RETURNING "responseId")
    SELECT array_agg("responseId") INTO ids FROM taken;
    EXIT WHEN ids IS NULL;
    settled := ARRAY(SELECT r FROM "Response" r WHERE r.id = ANY (ids));
    PERFORM dashboard_count_respondents('{}', settled);
    PERFORM dashboard_count_answers(settled, ARRAY(SELECT a FROM "Answer" a WHERE a."responseId" = ANY (ids)), 1);
    folded := folded + cardinality(ids);
  END LOOP;
  RETURN folded;
END $$;

-- Before responses or answers change or go, the waiting ones are counted, so what the change
-- takes back is what was counted.
CREATE OR REPLACE FUNCTION dashboard_fold_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_fold(true);
  RETURN NULL;
END $$;

-- ---------- trigger functions ----------

CREATE OR REPLACE FUNCTION dashboard_response_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved_old "Response"[];
  moved_new "Response"[];
  moved_answers "Answer"[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- (A survey submission's single statement lists its response itself, so that its answers'
    -- trigger, which may fire first, already finds it waiting.)
    INSERT INTO "DashboardPendingResponse" ("responseId") SELECT n.id FROM new_rows n ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dashboard_count_respondents(ARRAY(SELECT o::"Response" FROM old_rows o), '{}');
  ELSE
    PERFORM dashboard_count_respondents(ARRAY(SELECT o::"Response" FROM old_rows o), ARRAY(SELECT n::"Response" FROM new_rows n));
    -- Responses whose campaign, unit or profile changed take their answers and evidence along.
    moved_old := ARRAY(SELECT o::"Response" FROM old_rows o JOIN new_rows n ON n.id = o.id
                       WHERE (o."campaignId", o."unitId", o."roleLevel", o."serviceYears") IS DISTINCT FROM (n."campaignId", n."unitId", n."roleLevel", n."serviceYears"));
    IF cardinality(moved_old) > 0 THEN
      moved_new := ARRAY(SELECT n::"Response" FROM new_rows n WHERE n.id IN (SELECT (m).id FROM unnest(moved_old) AS m));
      moved_answers := ARRAY(SELECT a FROM "Answer" a WHERE a."responseId" IN (SELECT (m).id FROM unnest(moved_old) AS m));
      PERFORM dashboard_count_answers(moved_old, moved_answers, -1);
      PERFORM dashboard_count_answers(moved_new, moved_answers, 1);
      PERFORM dashboard_refresh_evidence(ARRAY(SELECT e.id FROM "EvidenceItem" e JOIN "Answer" a ON a.id = e."answerId"
                                               WHERE a."responseId" IN (SELECT (m).id FROM unnest(moved_old) AS m)));
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- Before a response goes, its answers are taken back with its dimensions: by the time the cascaded
-- answer deletes fire their own trigger the response row can no longer be read.
CREATE OR REPLACE FUNCTION dashboard_response_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_count_answers(ARRAY[OLD], ARRAY(SELECT a FROM "Answer" a WHERE a."responseId" = OLD.id), -1);
  RETURN OLD;
END $$;

-- New answers of a waiting response are counted with it; only answers added to a response already
-- counted are counted here.
CREATE OR REPLACE FUNCTION dashboard_answer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted "Response"[];
BEGIN
  -- Responses are looked up by key (= ANY of the transition table's ids): planned with a join, the
  -- unknown size of the transition table made PostgreSQL scan every response for every submission.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM dashboard_count_answers(ARRAY(SELECT r FROM "Response" r WHERE r.id = ANY (ARRAY(SELECT DISTINCT "responseId" FROM old_rows))), ARRAY(SELECT o::"Answer" FROM old_rows o), -1);
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM dashboard_count_answers(ARRAY(SELECT r FROM "Response" r WHERE r.id = ANY (ARRAY(SELECT DISTINCT "responseId" FROM new_rows))), ARRAY(SELECT n::"Answer" FROM new_rows n), 1);
  ELSIF TG_OP = 'INSERT' THEN
    counted := ARRAY(SELECT r FROM "Response" r
                     WHERE r.id = ANY (ARRAY(SELECT DISTINCT "responseId" FROM new_rows))
                       AND NOT EXISTS (SELECT 1 FROM "DashboardPendingResponse" p WHERE p."responseId" = r.id));
    IF cardinality(counted) > 0 THEN
      PERFORM dashboard_count_answers(counted, ARRAY(SELECT n::"Answer" FROM new_rows n), 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- A new evidence item counts only once reviewed; the unreviewed text every submission brings in
-- leaves the counts (and their lock) alone.
CREATE OR REPLACE FUNCTION dashboard_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM dashboard_refresh_evidence(ARRAY(SELECT DISTINCT o.id FROM old_rows o));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM dashboard_refresh_evidence(ARRAY(SELECT DISTINCT n.id FROM new_rows n WHERE n.status IN ('ACCEPTED', 'CORRECTED')));
  ELSE
    PERFORM dashboard_refresh_evidence(ARRAY(SELECT DISTINCT n.id FROM new_rows n));
  END IF;
  RETURN NULL;
END $$;

-- A finding's raisedBy or severity changes what its evidence item counts for.
CREATE OR REPLACE FUNCTION dashboard_finding_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh_evidence(ARRAY(SELECT e.id FROM "EvidenceItem" e JOIN new_rows f ON f.id = e."findingId"));
  RETURN NULL;
END $$;

-- ---------- triggers ----------
-- Statement-level triggers with transition tables fold a multi-row change into one grouped upsert.
CREATE OR REPLACE TRIGGER dashboard_response_fold_first BEFORE UPDATE OR DELETE ON "Response" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fold_first();
CREATE OR REPLACE TRIGGER dashboard_answer_fold_first BEFORE UPDATE OR DELETE ON "Answer" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fold_first();
CREATE OR REPLACE TRIGGER dashboard_response_insert AFTER INSERT ON "Response" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_response_changed();
CREATE OR REPLACE TRIGGER dashboard_response_update AFTER UPDATE ON "Response" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_response_changed();
CREATE OR REPLACE TRIGGER dashboard_response_delete AFTER DELETE ON "Response" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_response_changed();
CREATE OR REPLACE TRIGGER dashboard_response_deleting BEFORE DELETE ON "Response" FOR EACH ROW EXECUTE FUNCTION dashboard_response_deleting();
CREATE OR REPLACE TRIGGER dashboard_answer_insert AFTER INSERT ON "Answer" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_answer_changed();
CREATE OR REPLACE TRIGGER dashboard_answer_update AFTER UPDATE ON "Answer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_answer_changed();
CREATE OR REPLACE TRIGGER dashboard_answer_delete AFTER DELETE ON "Answer" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_answer_changed();
CREATE OR REPLACE TRIGGER dashboard_evidence_insert AFTER INSERT ON "EvidenceItem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_evidence_changed();
CREATE OR REPLACE TRIGGER dashboard_evidence_update AFTER UPDATE ON "EvidenceItem" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_evidence_changed();
CREATE OR REPLACE TRIGGER dashboard_evidence_delete AFTER DELETE ON "EvidenceItem" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_evidence_changed();
CREATE OR REPLACE TRIGGER dashboard_finding_update AFTER UPDATE ON "Finding" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_finding_changed();

-- ---------- repair ----------

-- Recomputes every aggregate from the source rows, waiting responses included: a repair tool, the
-- recount after a change to this file or to a question's type, and the oracle the integration
-- tests compare the triggers against.
CREATE OR REPLACE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_lock();
  DELETE FROM "DashboardPendingResponse";
  DELETE FROM "DashboardRespondentCount";
  DELETE FROM "DashboardAnswerCount";
  DELETE FROM "DashboardChoiceCount";
  DELETE FROM "DashboardTopicCount";
  DELETE FROM "DashboardEvidenceTrace";
  INSERT INTO "DashboardRespondentCount" ("campaignId", "unitId", "roleLevel", "serviceYears", "source", "submittedOn", "respondents")
  SELECT "campaignId", COALESCE("unitId", ''), COALESCE("roleLevel", ''), COALESCE("serviceYears", ''), "source", "submittedOn", count(*)::int
  FROM "Response" GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO "DashboardAnswerCount" ("campaignId", "roleLevel", "serviceYears", "unitId", "questionId", "value", "answers")
  SELECT r."campaignId", k.role_level, k.service_years, k.unit_id, a."questionId", a."numberValue", count(*)::int
  FROM "Answer" a
  JOIN "Response" r ON r.id = a."responseId"
  JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('NUMBER', 'LIKERT')
  CROSS JOIN LATERAL dashboard_answer_cells(COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), COALESCE(r."unitId", '')) AS k
  WHERE a."numberValue" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO "DashboardChoiceCount" ("campaignId", "unitId", "roleLevel", "serviceYears", "questionId", "option", "answers")
  SELECT r."campaignId", COALESCE(r."unitId", ''), COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), a."questionId", c.option, count(*)::int
  FROM "Answer" a
  JOIN "Response" r ON r.id = a."responseId"
  JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('SINGLE_CHOICE', 'MULTI_CHOICE')
  CROSS JOIN LATERAL (SELECT unnest(a.choices) UNION ALL SELECT '') AS c(option)
  WHERE cardinality(a.choices) > 0
  GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO "DashboardEvidenceTrace" ("evidenceId", "campaignId", "responseId", "unitId", "roleLevel", "serviceYears", "aspectCode", "categories", "people", "severity", "quotable")
  SELECT * FROM dashboard_evidence_contribution(ARRAY(SELECT id FROM "EvidenceItem" WHERE status IN ('ACCEPTED', 'CORRECTED')));
  INSERT INTO "DashboardTopicCount" ("campaignId", "roleLevel", "serviceYears", "unitId", "topic", "respondents", "seminarPeople", "severityPoints")
  SELECT tr."campaignId", k.role_level, k.service_years, tr."unitId", t.topic,
         count(DISTINCT tr."responseId")::int,
         COALESCE(sum(tr.people) FILTER (WHERE tr."responseId" IS NULL), 0)::int,
         COALESCE(sum(tr.people * tr.severity) FILTER (WHERE tr."responseId" IS NULL), 0)::int
  FROM "DashboardEvidenceTrace" tr
  CROSS JOIN LATERAL dashboard_topics(tr.categories, tr."aspectCode") AS t(topic)
  CROSS JOIN LATERAL dashboard_cube(tr."roleLevel", tr."serviceYears") AS k
  GROUP BY 1, 2, 3, 4, 5;
  -- Fresh statistics, so the planner knows the rebuilt tables' sizes at once.
  ANALYZE "DashboardRespondentCount", "DashboardAnswerCount", "DashboardChoiceCount", "DashboardTopicCount", "DashboardEvidenceTrace";
END $$;

-- ---------- filling in ----------

-- The campaign-wide rows (unit '*') of the answer counts came after the per-unit rows they sum: a
-- campaign counted before has none. Filled in here, once per such campaign, in the transaction
-- that replaces dashboard_count_answers and under the counts' lock, so no count is made in
-- between by the old function. Repeatable: a campaign with a '*' row is left alone.
DO $$
BEGIN
  PERFORM dashboard_lock();
  INSERT INTO "DashboardAnswerCount" ("campaignId", "roleLevel", "serviceYears", "unitId", "questionId", "value", "answers")
  SELECT c."campaignId", c."roleLevel", c."serviceYears", '*', c."questionId", c."value", sum(c."answers")::int
  FROM "DashboardAnswerCount" c
  WHERE (c."roleLevel" = '*') <> (c."serviceYears" = '*')
    AND c."campaignId" IN (SELECT "campaignId" FROM "DashboardAnswerCount" GROUP BY 1 HAVING bool_and("unitId" <> '*'))
  GROUP BY 1, 2, 3, 5, 6
  HAVING sum(c."answers") <> 0;
END $$;
