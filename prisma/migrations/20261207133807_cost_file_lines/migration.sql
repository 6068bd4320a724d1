-- DropIndex
DROP INDEX "cost_line_item_account_id_day_idx";

-- DropIndex
DROP INDEX "cost_line_item_natural_key";

-- AlterTable
ALTER TABLE "cost_file_import" ADD COLUMN     "lines_added" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lines_replaced" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rows_repeated" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "set_id" UUID;

-- CreateTable
CREATE TABLE "cost_file_line" (
    "source" TEXT NOT NULL,
    "line_key" BYTEA NOT NULL,
    "billing_account_id" TEXT NOT NULL,
    "billing_period" DATE NOT NULL,
    "import_id" UUID,
    "day" DATE NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "service" TEXT NOT NULL,
    "usage_type" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "unblended_cost" DECIMAL(40,30) NOT NULL,
    "amortized_cost" DECIMAL(40,30) NOT NULL,
    "usage_quantity" DECIMAL(44,30) NOT NULL,
    "usage_unit" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'USD',

    CONSTRAINT "cost_file_line_pkey" PRIMARY KEY ("source","line_key")
);

-- CreateIndex
CREATE INDEX "cost_file_line_source_billing_account_id_billing_period_idx" ON "cost_file_line"("source", "billing_account_id", "billing_period");

-- CreateIndex
CREATE INDEX "cost_file_line_account_id_day_idx" ON "cost_file_line"("account_id", "day");

-- CreateIndex
CREATE INDEX "cost_file_line_import_id_idx" ON "cost_file_line"("import_id");

-- CreateIndex
CREATE INDEX "cost_line_item_account_id_day_source_idx" ON "cost_line_item"("account_id", "day", "source");

-- CreateIndex
CREATE UNIQUE INDEX "cost_line_item_natural_key" ON "cost_line_item"("day", "account_id", "service", "usage_type", "region", "record_type", "source");

-- AddForeignKey
ALTER TABLE "cost_file_line" ADD CONSTRAINT "cost_file_line_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_file_line" ADD CONSTRAINT "cost_file_line_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "cost_file_import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Lines imported before files kept their lines (one summed line per day, account, service, usage type, region and
-- record type) become one file line each, under their month as billing period and no payer, so that importing
-- again adds to them or, as a complete set for that month, replaces them, instead of silently dropping them.
INSERT INTO "cost_file_line" ("source", "line_key", "billing_account_id", "billing_period", "import_id", "day", "account_id", "service", "usage_type", "region",
                              "record_type", "unblended_cost", "amortized_cost", "usage_quantity", "usage_unit", "currency")
SELECT "source",
       sha256(convert_to(concat_ws(E'\x1f', 'before-line-identity', "day"::text, "account_id", "service", "usage_type", "region", "record_type"), 'UTF8')),
       '', date_trunc('month', "day")::date, NULL, "day", "account_id", "service", "usage_type", "region", "record_type",
       "unblended_cost", "amortized_cost", "usage_quantity", "usage_unit", "currency"
FROM "cost_line_item"
WHERE "source" IN ('cur', 'focus');
