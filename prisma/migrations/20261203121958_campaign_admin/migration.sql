-- CreateEnum
CREATE TYPE "VisitMethod" AS ENUM ('UNIT_REPORT', 'SEMINAR', 'TALKS', 'QUESTIONNAIRE_SESSION');

-- AlterEnum
ALTER TYPE "CampaignStatus" ADD VALUE 'ARCHIVED';

-- AlterTable
ALTER TABLE "GroupUnit" ADD COLUMN     "heldOn" DATE,
ADD COLUMN     "visitMethod" "VisitMethod";

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "retired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "currentCampaignId" TEXT,
ADD COLUMN     "setupTokenExpires" TIMESTAMP(3),
ADD COLUMN     "setupTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_setupTokenHash_key" ON "User"("setupTokenHash");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_currentCampaignId_fkey" FOREIGN KEY ("currentCampaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;
