-- CreateTable
CREATE TABLE "cost_file_import" (
    "id" UUID NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "rows_skipped" INTEGER NOT NULL,
    "line_items" INTEGER NOT NULL,
    "first_day" DATE NOT NULL,
    "last_day" DATE NOT NULL,
    "accounts" TEXT[],
    "billed_total_usd" DECIMAL(24,10) NOT NULL,
    "row_errors" JSONB NOT NULL DEFAULT '[]',
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cost_file_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cost_file_import_sha256_key" ON "cost_file_import"("sha256");

-- CreateIndex
CREATE INDEX "cost_file_import_imported_at_idx" ON "cost_file_import"("imported_at");
