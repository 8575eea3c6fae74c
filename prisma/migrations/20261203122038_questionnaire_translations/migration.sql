-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "helpTranslation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "normLabelTranslation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "numberUnitTranslation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "promptTranslation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "QuestionOption" ADD COLUMN     "labelTranslation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "QuestionnaireSection" ADD COLUMN     "titleTranslation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "QuestionnaireVersion" ADD COLUMN     "introTranslation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleTranslation" TEXT NOT NULL DEFAULT '';

-- A campaign has one live questionnaire (docs/decisions/005): before this, publishing in a second
-- questionnaire of the same campaign left both PUBLISHED while officers only got the newest one.
-- Retire every published version but the one officers were actually served (newest publishedOn,
-- then highest version number, as lib/surveys/queries.ts chose it).
UPDATE "QuestionnaireVersion" v SET "status" = 'RETIRED'
WHERE v."status" = 'PUBLISHED'
  AND v."id" <> (
    SELECT w."id" FROM "QuestionnaireVersion" w
    JOIN "Questionnaire" wq ON wq."id" = w."questionnaireId"
    JOIN "Questionnaire" vq ON vq."id" = v."questionnaireId"
    WHERE w."status" = 'PUBLISHED' AND wq."campaignId" = vq."campaignId"
    ORDER BY w."publishedOn" DESC NULLS LAST, w."version" DESC, w."id"
    LIMIT 1
  );
