-- CreateTable
CREATE TABLE "fx_rate" (
    "month" DATE NOT NULL,
    "krw_per_usd" DECIMAL(11,6) NOT NULL,
    "source" TEXT NOT NULL,
    "as_of" DATE NOT NULL,
    "entered_by" TEXT,
    "entered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fx_rate_pkey" PRIMARY KEY ("month")
);
