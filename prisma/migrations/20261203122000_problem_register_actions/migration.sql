-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('BETTER', 'NO_CHANGE', 'WORSE');

-- AlterEnum
CREATE TYPE "ProblemStatus_new" AS ENUM ('NEW', 'UNDER_REVIEW', 'ACTION_PLANNED', 'IN_PROGRESS', 'RESOLVED', 'NOT_SOLVABLE', 'WONT_FIX');
ALTER TABLE "public"."Problem" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Problem" ALTER COLUMN "status" TYPE "ProblemStatus_new" USING (
  CASE "status"::text WHEN 'OPEN' THEN 'NEW' WHEN 'DEFERRED' THEN 'UNDER_REVIEW' ELSE "status"::text END
)::"ProblemStatus_new";
ALTER TYPE "ProblemStatus" RENAME TO "ProblemStatus_old";
ALTER TYPE "ProblemStatus_new" RENAME TO "ProblemStatus";
DROP TYPE "public"."ProblemStatus_old";
ALTER TABLE "Problem" ALTER COLUMN "status" SET DEFAULT 'NEW';

-- CreateTable
CREATE TABLE "ActionProblem" (
    "actionId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,

    CONSTRAINT "ActionProblem_pkey" PRIMARY KEY ("actionId","problemId")
);

-- An action now answers one or more problems: keep every existing link.
INSERT INTO "ActionProblem" ("actionId", "problemId") SELECT id, "problemId" FROM "Action" WHERE "problemId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Action" DROP CONSTRAINT "Action_problemId_fkey";

-- AlterTable
ALTER TABLE "Action" DROP COLUMN "problemId",
ADD COLUMN     "titleZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ActionUpdate" ADD COLUMN     "bodyZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statusTo" "ActionStatus";

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "descriptionZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "escalatedTo" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "statusReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" SET DEFAULT 'NEW';

-- CreateTable
CREATE TABLE "ProblemVerdict" (
    "receiptDigest" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "categories" "Category"[] DEFAULT ARRAY[]::"Category"[],
    "givenOn" DATE NOT NULL,

    CONSTRAINT "ProblemVerdict_pkey" PRIMARY KEY ("receiptDigest","problemId")
);

-- CreateIndex
CREATE INDEX "ActionProblem_problemId_idx" ON "ActionProblem"("problemId");

-- CreateIndex
CREATE INDEX "ProblemVerdict_problemId_idx" ON "ProblemVerdict"("problemId");

-- CreateIndex
CREATE INDEX "Action_ownerId_idx" ON "Action"("ownerId");

-- CreateIndex
CREATE INDEX "Problem_campaignId_idx" ON "Problem"("campaignId");

-- AddForeignKey
ALTER TABLE "ActionProblem" ADD CONSTRAINT "ActionProblem_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionProblem" ADD CONSTRAINT "ActionProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemVerdict" ADD CONSTRAINT "ProblemVerdict_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
