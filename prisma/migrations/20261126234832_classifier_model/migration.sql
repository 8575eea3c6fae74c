-- CreateTable
CREATE TABLE "ClassifierModel" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "examples" INTEGER NOT NULL,
    "corrections" INTEGER NOT NULL,
    "model" JSONB NOT NULL,

    CONSTRAINT "ClassifierModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassifierModel_version_key" ON "ClassifierModel"("version");
