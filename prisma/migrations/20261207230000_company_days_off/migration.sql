-- CreateTable
CREATE TABLE "company_day_off" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "month_day" CHAR(5),
    "day" DATE,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "company_day_off_pkey" PRIMARY KEY ("id")
);
