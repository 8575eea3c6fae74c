-- CreateTable
CREATE TABLE "DashboardChoiceCount" (
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "roleLevel" TEXT NOT NULL,
    "serviceYears" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "option" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "DashboardChoiceCount_pkey" PRIMARY KEY ("campaignId","unitId","roleLevel","serviceYears","questionId","option")
);

-- Backfill (hand-written): the choice answers already counted elsewhere, i.e. of every response
-- not waiting in "DashboardPendingResponse" (dashboard_fold() counts those with their answers).
-- From now on prisma/sql/dashboards.sql (dashboard_count_choices) keeps the table current.
INSERT INTO "DashboardChoiceCount" ("campaignId", "unitId", "roleLevel", "serviceYears", "questionId", "option", "answers")
SELECT r."campaignId", COALESCE(r."unitId", ''), COALESCE(r."roleLevel", ''), COALESCE(r."serviceYears", ''), a."questionId", c.option, count(*)::int
FROM "Answer" a
JOIN "Response" r ON r.id = a."responseId"
JOIN "Question" q ON q.id = a."questionId" AND q.type IN ('SINGLE_CHOICE', 'MULTI_CHOICE')
CROSS JOIN LATERAL (SELECT unnest(a.choices) UNION ALL SELECT '') AS c(option)
WHERE cardinality(a.choices) > 0
  AND NOT EXISTS (SELECT 1 FROM "DashboardPendingResponse" p WHERE p."responseId" = r.id)
GROUP BY 1, 2, 3, 4, 5, 6;
