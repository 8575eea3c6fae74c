-- The schema as the eleven migrations up to 20261203180100_dashboard_protection_store left it,
-- squashed into one (docs/decisions/016-migration-baseline.md). Functions and triggers are in
-- prisma/sql, applied after the migrations.

-- Enums
CREATE TYPE "Role" AS ENUM ('RESEARCH_LEAD', 'DEPARTMENT_HEAD', 'ADMIN');
CREATE TYPE "UnitType" AS ENUM ('BUREAU', 'BUREAU_OFFICE', 'BRANCH', 'DETACHMENT', 'STATION', 'SQUADRON');
CREATE TYPE "VisitMethod" AS ENUM ('UNIT_REPORT', 'SEMINAR', 'TALKS', 'QUESTIONNAIRE_SESSION');
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'ACTIVE', 'CLOSED', 'ARCHIVED');
CREATE TYPE "Category" AS ENUM ('rights', 'workload', 'funding', 'equipment', 'training', 'staffing', 'other');
CREATE TYPE "ReportPart" AS ENUM ('GRASSROOTS', 'POLITICAL_DEPARTMENT');
CREATE TYPE "QuestionnaireStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTI_CHOICE', 'LIKERT', 'NUMBER', 'TEXT');
CREATE TYPE "ProfileField" AS ENUM ('ROLE_LEVEL', 'SERVICE_YEARS', 'AGE_BAND');
CREATE TYPE "ResponseSource" AS ENUM ('ONLINE', 'KIOSK', 'PAPER');
CREATE TYPE "SessionKind" AS ENUM ('UNIT_REPORT', 'SEMINAR', 'INDIVIDUAL_TALK');
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');
CREATE TYPE "EvidenceKind" AS ENUM ('ANSWER', 'FINDING');
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'ACCEPTED', 'CORRECTED', 'NOT_A_PROBLEM');
CREATE TYPE "ProblemStatus" AS ENUM ('NEW', 'UNDER_REVIEW', 'ACTION_PLANNED', 'IN_PROGRESS', 'RESOLVED', 'NOT_SOLVABLE', 'WONT_FIX');
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED');
CREATE TYPE "Verdict" AS ENUM ('BETTER', 'NO_CHANGE', 'WORSE');
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'APPROVED');

-- Tables
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'zh',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "currentCampaignId" TEXT,
    "setupTokenExpires" TIMESTAMP(3),
    "setupTokenHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "hits" INTEGER NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "type" "UnitType" NOT NULL,
    "parentId" TEXT,
    "headcount" INTEGER,
    "retired" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ResearchGroup" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,

    CONSTRAINT "ResearchGroup_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "GroupMember" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("groupId","userId")
);

CREATE TABLE "GroupUnit" (
    "groupId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "visitOn" DATE,
    "heldOn" DATE,
    "visitMethod" "VisitMethod",

    CONSTRAINT "GroupUnit_pkey" PRIMARY KEY ("groupId","unitId")
);

CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "kioskOpen" BOOLEAN NOT NULL DEFAULT false,
    "methods" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CampaignUnit" (
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "CampaignUnit_pkey" PRIMARY KEY ("campaignId","unitId")
);

CREATE TABLE "ReportSection" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "part" "ReportPart" NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "Aspect" (
    "code" TEXT NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Aspect_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'zh',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "QuestionnaireVersion" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "publishedOn" DATE,
    "introTranslation" TEXT NOT NULL DEFAULT '',
    "titleTranslation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "QuestionnaireSection" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleTranslation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "QuestionnaireSection_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "prompt" TEXT NOT NULL,
    "help" TEXT NOT NULL DEFAULT '',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "aspectCode" TEXT,
    "profileField" "ProfileField",
    "numberUnit" TEXT,
    "minValue" DOUBLE PRECISION,
    "maxValue" DOUBLE PRECISION,
    "normValue" DOUBLE PRECISION,
    "normLabel" TEXT,
    "helpTranslation" TEXT NOT NULL DEFAULT '',
    "normLabelTranslation" TEXT NOT NULL DEFAULT '',
    "numberUnitTranslation" TEXT NOT NULL DEFAULT '',
    "promptTranslation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "QuestionOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelTranslation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "QuestionOption_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AccessCodeBatch" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdOn" DATE NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "AccessCodeBatch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AccessCode" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AccessCode_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Response" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitId" TEXT,
    "source" "ResponseSource" NOT NULL,
    "submittedOn" DATE NOT NULL,
    "roleLevel" TEXT,
    "serviceYears" TEXT,
    "ageBand" TEXT,
    "receiptKey" TEXT,
    "receiptHash" TEXT,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Answer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "responseId" UUID NOT NULL,
    "questionId" TEXT NOT NULL,
    "numberValue" DOUBLE PRECISION,
    "textValue" TEXT,
    "choices" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ListeningSession" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "groupId" TEXT,
    "kind" "SessionKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "participants" JSONB NOT NULL DEFAULT '{}',
    "notes" TEXT NOT NULL DEFAULT '',
    "loggedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListeningSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "quote" TEXT,
    "category" "Category",
    "aspectCode" TEXT,
    "severity" "Severity" NOT NULL DEFAULT 'MEDIUM',
    "raisedBy" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FindingFigure" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "measures" TEXT NOT NULL,

    CONSTRAINT "FindingFigure_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EvidenceItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT,
    "kind" "EvidenceKind" NOT NULL,
    "answerId" UUID,
    "findingId" TEXT,
    "text" TEXT NOT NULL,
    "piiSpans" JSONB NOT NULL DEFAULT '[]',
    "maskedText" TEXT,
    "suggestedCategories" JSONB NOT NULL DEFAULT '[]',
    "suggestedAspectCode" TEXT,
    "suggestionWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "modelVersion" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "categories" "Category"[] DEFAULT ARRAY[]::"Category"[],
    "aspectCode" TEXT,
    "reviewedById" TEXT,
    "reviewedOn" DATE,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Problem" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "Category" NOT NULL,
    "aspectCode" TEXT,
    "status" "ProblemStatus" NOT NULL DEFAULT 'NEW',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "descriptionZh" TEXT NOT NULL DEFAULT '',
    "escalatedTo" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "statusReason" TEXT NOT NULL DEFAULT '',
    "titleZh" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProblemEvidence" (
    "problemId" TEXT NOT NULL,
    "evidenceId" UUID NOT NULL,

    CONSTRAINT "ProblemEvidence_pkey" PRIMARY KEY ("problemId","evidenceId")
);

CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "number" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerName" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueOn" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "titleZh" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ActionProblem" (
    "actionId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,

    CONSTRAINT "ActionProblem_pkey" PRIMARY KEY ("actionId","problemId")
);

CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bodyZh" TEXT NOT NULL DEFAULT '',
    "statusTo" "ActionStatus",

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProblemVerdict" (
    "receiptDigest" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "categories" "Category"[] DEFAULT ARRAY[]::"Category"[],
    "givenOn" DATE NOT NULL,

    CONSTRAINT "ProblemVerdict_pkey" PRIMARY KEY ("receiptDigest","problemId")
);

CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL DEFAULT '{}',
    "approvedById" TEXT,
    "approvedOn" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ClassifierModel" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "examples" INTEGER NOT NULL,
    "corrections" INTEGER NOT NULL,
    "model" JSONB NOT NULL,

    CONSTRAINT "ClassifierModel_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DashboardPendingResponse" (
    "responseId" UUID NOT NULL,

    CONSTRAINT "DashboardPendingResponse_pkey" PRIMARY KEY ("responseId")
);

CREATE TABLE "DashboardRespondentCount" (
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "roleLevel" TEXT NOT NULL,
    "serviceYears" TEXT NOT NULL,
    "source" "ResponseSource" NOT NULL,
    "submittedOn" DATE NOT NULL,
    "respondents" INTEGER NOT NULL,

    CONSTRAINT "DashboardRespondentCount_pkey" PRIMARY KEY ("campaignId","unitId","roleLevel","serviceYears","source","submittedOn")
);

CREATE TABLE "DashboardAnswerCount" (
    "campaignId" TEXT NOT NULL,
    "roleLevel" TEXT NOT NULL,
    "serviceYears" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "DashboardAnswerCount_pkey" PRIMARY KEY ("campaignId","roleLevel","serviceYears","unitId","questionId","value")
);

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

CREATE TABLE "DashboardProtection" (
    "scope" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "hidden" TEXT NOT NULL,

    CONSTRAINT "DashboardProtection_pkey" PRIMARY KEY ("scope","digest")
);

CREATE TABLE "DashboardTopicCount" (
    "campaignId" TEXT NOT NULL,
    "roleLevel" TEXT NOT NULL,
    "serviceYears" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL,
    "seminarPeople" INTEGER NOT NULL,
    "severityPoints" INTEGER NOT NULL,

    CONSTRAINT "DashboardTopicCount_pkey" PRIMARY KEY ("campaignId","roleLevel","serviceYears","unitId","topic")
);

CREATE TABLE "DashboardEvidenceTrace" (
    "evidenceId" UUID NOT NULL,
    "campaignId" TEXT NOT NULL,
    "responseId" UUID,
    "unitId" TEXT NOT NULL,
    "roleLevel" TEXT NOT NULL,
    "serviceYears" TEXT NOT NULL,
    "aspectCode" TEXT NOT NULL,
    "categories" TEXT[],
    "people" INTEGER NOT NULL,
    "severity" INTEGER NOT NULL,
    "quotable" BOOLEAN NOT NULL,

    CONSTRAINT "DashboardEvidenceTrace_pkey" PRIMARY KEY ("evidenceId")
);

-- Indexes
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_setupTokenHash_key" ON "User"("setupTokenHash");
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");
CREATE UNIQUE INDEX "ResearchGroup_campaignId_name_key" ON "ResearchGroup"("campaignId", "name");
CREATE INDEX "GroupMember_userId_idx" ON "GroupMember"("userId");
CREATE INDEX "GroupUnit_unitId_idx" ON "GroupUnit"("unitId");
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");
CREATE INDEX "CampaignUnit_unitId_idx" ON "CampaignUnit"("unitId");
CREATE UNIQUE INDEX "QuestionnaireVersion_questionnaireId_version_key" ON "QuestionnaireVersion"("questionnaireId", "version");
CREATE UNIQUE INDEX "QuestionnaireSection_versionId_order_key" ON "QuestionnaireSection"("versionId", "order");
CREATE INDEX "Question_aspectCode_idx" ON "Question"("aspectCode");
CREATE UNIQUE INDEX "Question_sectionId_order_key" ON "Question"("sectionId", "order");
CREATE UNIQUE INDEX "QuestionOption_questionId_value_key" ON "QuestionOption"("questionId", "value");
CREATE INDEX "AccessCodeBatch_campaignId_unitId_idx" ON "AccessCodeBatch"("campaignId", "unitId");
CREATE UNIQUE INDEX "AccessCode_digest_key" ON "AccessCode"("digest");
CREATE INDEX "AccessCode_batchId_used_idx" ON "AccessCode"("batchId", "used");
CREATE UNIQUE INDEX "Response_receiptKey_key" ON "Response"("receiptKey");
CREATE INDEX "Response_campaignId_unitId_idx" ON "Response"("campaignId", "unitId");
CREATE INDEX "Answer_questionId_idx" ON "Answer"("questionId");
CREATE UNIQUE INDEX "Answer_responseId_questionId_key" ON "Answer"("responseId", "questionId");
CREATE INDEX "ListeningSession_campaignId_unitId_idx" ON "ListeningSession"("campaignId", "unitId");
CREATE UNIQUE INDEX "EvidenceItem_answerId_key" ON "EvidenceItem"("answerId");
CREATE UNIQUE INDEX "EvidenceItem_findingId_key" ON "EvidenceItem"("findingId");
CREATE INDEX "EvidenceItem_campaignId_status_idx" ON "EvidenceItem"("campaignId", "status");
CREATE INDEX "EvidenceItem_campaignId_unitId_idx" ON "EvidenceItem"("campaignId", "unitId");
CREATE INDEX "Problem_campaignId_idx" ON "Problem"("campaignId");
CREATE INDEX "ProblemEvidence_evidenceId_idx" ON "ProblemEvidence"("evidenceId");
CREATE INDEX "Action_ownerId_idx" ON "Action"("ownerId");
CREATE UNIQUE INDEX "Action_campaignId_number_key" ON "Action"("campaignId", "number");
CREATE INDEX "ActionProblem_problemId_idx" ON "ActionProblem"("problemId");
CREATE INDEX "ProblemVerdict_problemId_idx" ON "ProblemVerdict"("problemId");
CREATE INDEX "Comment_campaignId_subject_idx" ON "Comment"("campaignId", "subject");
CREATE UNIQUE INDEX "Report_campaignId_key" ON "Report"("campaignId");
CREATE UNIQUE INDEX "ReportVersion_reportId_number_key" ON "ReportVersion"("reportId", "number");
CREATE UNIQUE INDEX "ClassifierModel_version_key" ON "ClassifierModel"("version");
CREATE INDEX "DashboardEvidenceTrace_responseId_idx" ON "DashboardEvidenceTrace"("responseId");
CREATE INDEX "DashboardEvidenceTrace_campaignId_aspectCode_evidenceId_idx" ON "DashboardEvidenceTrace"("campaignId", "aspectCode", "evidenceId");
CREATE INDEX "DashboardEvidenceTrace_campaignId_unitId_evidenceId_idx" ON "DashboardEvidenceTrace"("campaignId", "unitId", "evidenceId");

-- Foreign keys
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_currentCampaignId_fkey" FOREIGN KEY ("currentCampaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ResearchGroup" ADD CONSTRAINT "ResearchGroup_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResearchGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupUnit" ADD CONSTRAINT "GroupUnit_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResearchGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupUnit" ADD CONSTRAINT "GroupUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Aspect" ADD CONSTRAINT "Aspect_sectionCode_fkey" FOREIGN KEY ("sectionCode") REFERENCES "ReportSection"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuestionnaireSection" ADD CONSTRAINT "QuestionnaireSection_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Question" ADD CONSTRAINT "Question_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "QuestionnaireSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Question" ADD CONSTRAINT "Question_aspectCode_fkey" FOREIGN KEY ("aspectCode") REFERENCES "Aspect"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "QuestionOption" ADD CONSTRAINT "QuestionOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AccessCodeBatch" ADD CONSTRAINT "AccessCodeBatch_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AccessCodeBatch" ADD CONSTRAINT "AccessCodeBatch_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AccessCodeBatch" ADD CONSTRAINT "AccessCodeBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AccessCode" ADD CONSTRAINT "AccessCode_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "AccessCodeBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Response" ADD CONSTRAINT "Response_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Response" ADD CONSTRAINT "Response_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Response" ADD CONSTRAINT "Response_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResearchGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ListeningSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_aspectCode_fkey" FOREIGN KEY ("aspectCode") REFERENCES "Aspect"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FindingFigure" ADD CONSTRAINT "FindingFigure_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_aspectCode_fkey" FOREIGN KEY ("aspectCode") REFERENCES "Aspect"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_aspectCode_fkey" FOREIGN KEY ("aspectCode") REFERENCES "Aspect"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProblemEvidence" ADD CONSTRAINT "ProblemEvidence_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProblemEvidence" ADD CONSTRAINT "ProblemEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Action" ADD CONSTRAINT "Action_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionProblem" ADD CONSTRAINT "ActionProblem_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionProblem" ADD CONSTRAINT "ActionProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProblemVerdict" ADD CONSTRAINT "ProblemVerdict_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
