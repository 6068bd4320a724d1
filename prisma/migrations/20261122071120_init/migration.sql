-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AnomalyStatus" AS ENUM ('open', 'acknowledged', 'muted');

-- CreateEnum
CREATE TYPE "IngestionStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "aws_account" (
    "id" VARCHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aws_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "billing_prefix" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "cost_line_item" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "service" TEXT NOT NULL,
    "usage_type" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "record_type" TEXT NOT NULL DEFAULT 'Usage',
    "unblended_cost" DECIMAL(20,10) NOT NULL,
    "amortized_cost" DECIMAL(20,10) NOT NULL,
    "usage_quantity" DECIMAL(24,10) NOT NULL,
    "usage_unit" TEXT NOT NULL DEFAULT 'N/A',
    "currency" VARCHAR(3) NOT NULL DEFAULT 'USD',
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'cost_explorer',
    "run_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cost_line_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lambda_function" (
    "id" SERIAL NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "region" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "first_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "lambda_function_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "function_config_snapshot" (
    "id" SERIAL NOT NULL,
    "function_id" INTEGER NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "memory_mb" INTEGER NOT NULL,
    "architecture" TEXT NOT NULL,
    "timeout_seconds" INTEGER NOT NULL,
    "runtime" TEXT,
    "package_type" TEXT NOT NULL DEFAULT 'Zip',
    "ephemeral_storage_mb" INTEGER NOT NULL DEFAULT 512,
    "max_retry_attempts" INTEGER NOT NULL DEFAULT 2,
    "max_event_age_seconds" INTEGER NOT NULL DEFAULT 21600,
    "provisioned_concurrency" INTEGER NOT NULL DEFAULT 0,
    "reserved_concurrency" INTEGER,
    "has_failure_destination" BOOLEAN NOT NULL DEFAULT false,
    "config_hash" TEXT NOT NULL,

    CONSTRAINT "function_config_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "function_metric_daily" (
    "function_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "errors" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "throttles" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "duration_sum_ms" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "duration_avg_ms" DOUBLE PRECISION,
    "duration_max_ms" DOUBLE PRECISION,
    "duration_p99_ms" DOUBLE PRECISION,
    "concurrent_executions_max" DOUBLE PRECISION,
    "provisioned_concurrency_invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "provisioned_concurrency_spillover_invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "provisioned_concurrent_executions_max" DOUBLE PRECISION,
    "provisioned_concurrency_utilization_max" DOUBLE PRECISION,
    "async_events_received" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "async_events_dropped" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "run_id" UUID,

    CONSTRAINT "function_metric_daily_pkey" PRIMARY KEY ("function_id","day")
);

-- CreateTable
CREATE TABLE "function_metric_hourly" (
    "function_id" INTEGER NOT NULL,
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "errors" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "throttles" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "duration_sum_ms" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "duration_avg_ms" DOUBLE PRECISION,
    "duration_max_ms" DOUBLE PRECISION,
    "duration_p99_ms" DOUBLE PRECISION,
    "concurrent_executions_max" DOUBLE PRECISION,
    "provisioned_concurrency_invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "provisioned_concurrency_spillover_invocations" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "provisioned_concurrent_executions_max" DOUBLE PRECISION,
    "provisioned_concurrency_utilization_max" DOUBLE PRECISION,
    "async_events_received" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "async_events_dropped" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "run_id" UUID,

    CONSTRAINT "function_metric_hourly_pkey" PRIMARY KEY ("function_id","hour")
);

-- CreateTable
CREATE TABLE "function_cost_daily" (
    "function_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "requests" DECIMAL(24,4) NOT NULL,
    "gb_seconds" DECIMAL(24,6) NOT NULL,
    "request_cost_usd" DECIMAL(20,10) NOT NULL,
    "duration_cost_usd" DECIMAL(20,10) NOT NULL,
    "provisioned_cost_usd" DECIMAL(20,10) NOT NULL,
    "storage_cost_usd" DECIMAL(20,10) NOT NULL,
    "cost_usd" DECIMAL(20,10) NOT NULL,
    "rate_card_version" TEXT NOT NULL,

    CONSTRAINT "function_cost_daily_pkey" PRIMARY KEY ("function_id","day")
);

-- CreateTable
CREATE TABLE "keep_warm_budget" (
    "id" SERIAL NOT NULL,
    "function_id" INTEGER NOT NULL,
    "interval_minutes" INTEGER NOT NULL,
    "concurrency" INTEGER NOT NULL DEFAULT 1,
    "ping_duration_ms" INTEGER NOT NULL,
    "memory_mb" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'user',
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "keep_warm_budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "anomaly" (
    "id" SERIAL NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "function_id" INTEGER,
    "region" TEXT,
    "service" TEXT,
    "usage_type" TEXT,
    "period_start" TIMESTAMPTZ(0) NOT NULL,
    "period_end" TIMESTAMPTZ(0) NOT NULL,
    "severity" TEXT NOT NULL,
    "impact_usd" DECIMAL(20,10) NOT NULL,
    "explanation" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "AnomalyStatus" NOT NULL DEFAULT 'open',
    "status_by" TEXT,
    "status_reason" TEXT,
    "status_at" TIMESTAMPTZ(3),

    CONSTRAINT "anomaly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingestion_run" (
    "id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" "IngestionStatus" NOT NULL DEFAULT 'queued',
    "window_from" DATE NOT NULL,
    "window_to" DATE NOT NULL,
    "sources" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "api_calls" INTEGER NOT NULL DEFAULT 0,
    "api_cost_usd" DECIMAL(20,10) NOT NULL DEFAULT 0,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "warnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "error" TEXT,

    CONSTRAINT "ingestion_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "cost_line_item_account_id_day_idx" ON "cost_line_item"("account_id", "day");

-- CreateIndex
CREATE INDEX "cost_line_item_service_day_idx" ON "cost_line_item"("service", "day");

-- CreateIndex
CREATE UNIQUE INDEX "cost_line_item_natural_key" ON "cost_line_item"("day", "account_id", "service", "usage_type", "region", "record_type");

-- CreateIndex
CREATE UNIQUE INDEX "lambda_function_natural_key" ON "lambda_function"("account_id", "region", "name");

-- CreateIndex
CREATE UNIQUE INDEX "function_config_snapshot_natural_key" ON "function_config_snapshot"("function_id", "valid_from");

-- CreateIndex
CREATE INDEX "function_metric_daily_day_idx" ON "function_metric_daily"("day");

-- CreateIndex
CREATE INDEX "function_metric_hourly_hour_idx" ON "function_metric_hourly"("hour");

-- CreateIndex
CREATE INDEX "function_cost_daily_day_function_id_idx" ON "function_cost_daily"("day", "function_id");

-- CreateIndex
CREATE UNIQUE INDEX "keep_warm_budget_function_id_key" ON "keep_warm_budget"("function_id");

-- CreateIndex
CREATE UNIQUE INDEX "anomaly_fingerprint_key" ON "anomaly"("fingerprint");

-- CreateIndex
CREATE INDEX "anomaly_period_start_idx" ON "anomaly"("period_start");

-- CreateIndex
CREATE INDEX "anomaly_function_id_period_start_idx" ON "anomaly"("function_id", "period_start");

-- CreateIndex
CREATE INDEX "ingestion_run_created_at_idx" ON "ingestion_run"("created_at");

-- AddForeignKey
ALTER TABLE "cost_line_item" ADD CONSTRAINT "cost_line_item_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lambda_function" ADD CONSTRAINT "lambda_function_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lambda_function" ADD CONSTRAINT "lambda_function_region_fkey" FOREIGN KEY ("region") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_config_snapshot" ADD CONSTRAINT "function_config_snapshot_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_metric_daily" ADD CONSTRAINT "function_metric_daily_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_metric_hourly" ADD CONSTRAINT "function_metric_hourly_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_cost_daily" ADD CONSTRAINT "function_cost_daily_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keep_warm_budget" ADD CONSTRAINT "keep_warm_budget_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly" ADD CONSTRAINT "anomaly_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly" ADD CONSTRAINT "anomaly_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;
