-- CreateTable
CREATE TABLE "DashboardPendingResponse" (
    "responseId" UUID NOT NULL,

    CONSTRAINT "DashboardPendingResponse_pkey" PRIMARY KEY ("responseId")
);

-- ---------- maintenance (hand-written; Prisma's schema diff ignores functions and triggers) ----------
-- docs/decisions/003-dashboard-aggregates.md, "Counting submissions in batches". Until now every
-- submission counted its own response and answers under the aggregates' one lock, so concurrent
-- submissions waited for each other (44 a second at 50 concurrent, against 138 without the
-- triggers). Now a new response only enters "DashboardPendingResponse"; dashboard_fold() counts
-- every waiting response (with its answers) in one batch: after each submission, without waiting,
-- and before every dashboard read, waiting, so a read always sees every committed response.
-- Every other change (updates, deletes, answers added to a counted response, reviewed evidence)
-- is counted at once as before, after the waiting responses are folded in, so the counts are
-- always "aggregates + pending = source rows".

-- Counts the waiting responses. wait = false gives up at once (returns -1) when another
-- transaction is folding or changing the counts; it will see these rows or a later fold will.
CREATE FUNCTION dashboard_fold(wait boolean DEFAULT true) RETURNS int
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
CREATE FUNCTION dashboard_fold_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_fold(true);
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_response_fold_first BEFORE UPDATE OR DELETE ON "Response" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fold_first();
CREATE TRIGGER dashboard_answer_fold_first BEFORE UPDATE OR DELETE ON "Answer" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fold_first();

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

-- New answers of a waiting response are counted with it; only answers added to a response already
-- counted are counted here.
CREATE OR REPLACE FUNCTION dashboard_answer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted "Response"[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM dashboard_count_answers(ARRAY(SELECT r FROM "Response" r WHERE r.id IN (SELECT "responseId" FROM old_rows)), ARRAY(SELECT o::"Answer" FROM old_rows o), -1);
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM dashboard_count_answers(ARRAY(SELECT r FROM "Response" r WHERE r.id IN (SELECT "responseId" FROM new_rows)), ARRAY(SELECT n::"Answer" FROM new_rows n), 1);
  ELSIF TG_OP = 'INSERT' THEN
    counted := ARRAY(SELECT r FROM "Response" r
                     WHERE r.id IN (SELECT "responseId" FROM new_rows)
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

-- The rebuild counts every response, waiting or not.
CREATE OR REPLACE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_lock();
  DELETE FROM "DashboardPendingResponse";
  DELETE FROM "DashboardRespondentCount";
  DELETE FROM "DashboardAnswerCount";
  DELETE FROM "DashboardTopicCount";
  DELETE FROM "DashboardEvidenceTrace";
  INSERT INTO "DashboardRespondentCount" ("campaignId", "unitId", "roleLevel", "serviceYears", "source", "submittedOn", "respondents")
  SELECT "campaignId", COALESCE("unitId", ''), COALESCE("roleLevel", ''), COALESCE("serviceYears", ''), "source", "submittedOn", count(*)::int
  FROM "Response" GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO "DashboardAnswerCount" ("campaignId", "roleLevel", "serviceYears", "unitId", "questionId", "value", "answers")
  SELECT r."campaignId", k.role_level, k.service_years, COALESCE(r."unitId", ''), a."questionId", a."numberValue", count(*)::int
  FROM "Answer" a
  JOIN "Response" r ON r.id = a."responseId"
  JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('NUMBER', 'LIKERT')
  CROSS JOIN LATERAL dashboard_cube(COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", '')) AS k
  WHERE a."numberValue" IS NOT NULL
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
  ANALYZE "DashboardRespondentCount", "DashboardAnswerCount", "DashboardTopicCount", "DashboardEvidenceTrace";
END $$;
