-- CreateTable
CREATE TABLE "DashboardProtection" (
    "scope" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "hidden" TEXT NOT NULL,

    CONSTRAINT "DashboardProtection_pkey" PRIMARY KEY ("scope","digest")
);
