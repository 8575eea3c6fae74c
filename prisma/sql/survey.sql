-- Writing one validated survey response (lib/surveys/intake.ts, storeResponse: the officer's
-- submission, kiosk and paper entry). Applied after the migrations on every run, like
-- dashboards.sql: CREATE OR REPLACE only. It is a function so that each connection plans these
-- statements once (PL/pgSQL keeps its plans for the session) instead of parsing and planning a
-- five-part statement on every submission, a measurable share of its CPU (decision 013); named
-- prepared statements would do the same but do not pass PgBouncer 1.18 (decision 011).
-- (Parameter names must not be column names of the tables the body touches.)

-- The access code consumed if there is one (digest given: then its batch gives the unit), the
-- response (dated, never timed), its answers, and an evidence item for every free-text answer,
-- with the classifier's suggestion where the caller made one. answer_rows: a JSON array of
-- {q: question id, n: number, t: text, c: choices, s: {p: PII spans, r: ranked categories,
-- a: aspect, w: words}}. Returns the consumed code's batch and stored = 1, or stored = 0 (and
-- writes nothing) when the digest is not an unused code of this campaign. The trust contract:
-- nothing about the sender is a parameter, so nothing can be stored.
CREATE OR REPLACE FUNCTION survey_store_response(
  answer_rows jsonb, new_id uuid, campaign_id text, version_id text, response_source text, submitted_on date,
  role_level text, service_years text, age_band text, receipt_key text, receipt_hash text,
  code_digest text, unit_id text, model_version text)
RETURNS TABLE (batch_id text, stored int) LANGUAGE plpgsql AS $$
DECLARE
  origin_unit text := unit_id;
  origin_batch text;
BEGIN
  IF code_digest IS NOT NULL THEN
    -- The conditional UPDATE is the arbiter: of several concurrent submitters with one code, exactly
    -- one changes the row; the others wait for its lock, then find it used and write nothing.
    UPDATE "AccessCode" AS c SET "used" = true
    FROM "AccessCodeBatch" AS b
    WHERE c."batchId" = b."id" AND c."digest" = code_digest AND c."used" = false AND b."campaignId" = campaign_id
    RETURNING b."unitId", b."id" INTO origin_unit, origin_batch;
    IF NOT FOUND THEN
      RETURN QUERY SELECT NULL::text, 0;
      RETURN;
    END IF;
  END IF;
  WITH input AS (
    SELECT * FROM jsonb_to_recordset(answer_rows) AS a("q" text, "n" float8, "t" text, "c" text[], "s" jsonb)
  ),
  response AS (
    INSERT INTO "Response" ("id", "campaignId", "versionId", "unitId", "source", "submittedOn", "roleLevel", "serviceYears", "ageBand", "receiptKey", "receiptHash")
    VALUES (new_id, campaign_id, version_id, origin_unit, response_source::"ResponseSource", submitted_on, role_level, service_years, age_band, receipt_key, receipt_hash)
    RETURNING "id", "unitId"
  ),
  -- Listed for the dashboards here rather than only by the response trigger: the answers'
  -- trigger of this same statement must find the response waiting (decision 003).
  waiting AS (
    INSERT INTO "DashboardPendingResponse" ("responseId") SELECT "id" FROM response
  ),
  answer AS (
    INSERT INTO "Answer" ("responseId", "questionId", "numberValue", "textValue", "choices")
    SELECT r."id", a."q", a."n", a."t", COALESCE(a."c", '{}')
    FROM response r CROSS JOIN input a
    RETURNING "id", "questionId", "textValue"
  )
  INSERT INTO "EvidenceItem" ("campaignId", "unitId", "kind", "answerId", "text", "piiSpans", "suggestedCategories", "suggestedAspectCode", "suggestionWords", "modelVersion")
  SELECT campaign_id, r."unitId", 'ANSWER', a."id", a."textValue",
         COALESCE(i."s"->'p', '[]'), COALESCE(i."s"->'r', '[]'), i."s"->>'a',
         ARRAY(SELECT jsonb_array_elements_text(COALESCE(i."s"->'w', '[]'))),
         CASE WHEN i."s" IS NOT NULL THEN model_version END
  FROM answer a CROSS JOIN response r JOIN input i ON i."q" = a."questionId"
  WHERE a."textValue" <> '';
  RETURN QUERY SELECT origin_batch, 1;
END $$;
