-- CreateTable
CREATE TABLE "function_cost_monthly" (
    "function_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "days_with_invocations" INTEGER NOT NULL,
    "requests" DECIMAL(28,4) NOT NULL,
    "gb_seconds" DECIMAL(28,6) NOT NULL,
    "run_seconds" DECIMAL(65,30) NOT NULL,
    "request_cost_usd" DECIMAL(24,10) NOT NULL,
    "duration_cost_usd" DECIMAL(24,10) NOT NULL,
    "provisioned_cost_usd" DECIMAL(24,10) NOT NULL,
    "storage_cost_usd" DECIMAL(24,10) NOT NULL,
    "cost_usd" DECIMAL(24,10) NOT NULL,
    "invocations" DOUBLE PRECISION NOT NULL,
    "errors" DOUBLE PRECISION NOT NULL,
    "async_events_received" DOUBLE PRECISION NOT NULL,
    "async_events_dropped" DOUBLE PRECISION NOT NULL,
    "memory_mb" INTEGER,
    "architecture" TEXT,
    "max_retry_attempts" INTEGER,
    "metric_invocations" DOUBLE PRECISION NOT NULL,
    "metric_errors" DOUBLE PRECISION NOT NULL,
    "keep_warm_cost_usd" DECIMAL(24,10),

    CONSTRAINT "function_cost_monthly_pkey" PRIMARY KEY ("function_id","month")
);

-- CreateTable
CREATE TABLE "function_change_part" (
    "function_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "driver" TEXT NOT NULL,
    "usd" TEXT NOT NULL,

    CONSTRAINT "function_change_part_pkey" PRIMARY KEY ("function_id","month","driver")
);

-- CreateIndex
CREATE INDEX "function_cost_monthly_month_function_id_idx" ON "function_cost_monthly"("month", "function_id");

-- CreateIndex
CREATE INDEX "function_change_part_month_driver_idx" ON "function_change_part"("month", "driver");

-- AddForeignKey
ALTER TABLE "function_cost_monthly" ADD CONSTRAINT "function_cost_monthly_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_change_part" ADD CONSTRAINT "function_change_part_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;
