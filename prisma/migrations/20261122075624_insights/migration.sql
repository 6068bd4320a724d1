-- CreateTable
CREATE TABLE "keep_warm_daily" (
    "function_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "scheduled_pings" INTEGER NOT NULL,
    "ping_attempts" DOUBLE PRECISION NOT NULL,
    "failed_ping_attempts" DOUBLE PRECISION NOT NULL,
    "real_invocations" DOUBLE PRECISION NOT NULL,
    "ping_duration_ms" DOUBLE PRECISION,
    "ping_duration_noise_ms" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "duration_source" TEXT NOT NULL,
    "ping_gb_seconds" DECIMAL(24,6) NOT NULL,
    "ping_cost_usd" DECIMAL(20,10) NOT NULL,
    "schedule_source" TEXT NOT NULL,

    CONSTRAINT "keep_warm_daily_pkey" PRIMARY KEY ("function_id","day")
);

-- CreateTable
CREATE TABLE "keep_warm_suggestion" (
    "function_id" INTEGER NOT NULL,
    "interval_minutes" INTEGER NOT NULL,
    "concurrency" INTEGER NOT NULL,
    "pings_per_hour" INTEGER NOT NULL,
    "ping_duration_ms" INTEGER,
    "hours_matching" INTEGER NOT NULL,
    "hours_observed" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "keep_warm_suggestion_pkey" PRIMARY KEY ("function_id")
);

-- CreateTable
CREATE TABLE "alert_rule" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "min_severity" TEXT NOT NULL DEFAULT 'low',
    "min_impact_usd" DECIMAL(20,10),
    "account_id" VARCHAR(12),
    "function_id" INTEGER,
    "format" TEXT NOT NULL,
    "webhook_url" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_delivery" (
    "id" SERIAL NOT NULL,
    "rule_id" INTEGER NOT NULL,
    "anomaly_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_status" INTEGER,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "keep_warm_daily_day_idx" ON "keep_warm_daily"("day");

-- CreateIndex
CREATE INDEX "alert_delivery_status_next_attempt_at_idx" ON "alert_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_natural_key" ON "alert_delivery"("rule_id", "anomaly_id");

-- AddForeignKey
ALTER TABLE "keep_warm_daily" ADD CONSTRAINT "keep_warm_daily_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keep_warm_suggestion" ADD CONSTRAINT "keep_warm_suggestion_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_rule" ADD CONSTRAINT "alert_rule_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_rule" ADD CONSTRAINT "alert_rule_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "alert_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_anomaly_id_fkey" FOREIGN KEY ("anomaly_id") REFERENCES "anomaly"("id") ON DELETE CASCADE ON UPDATE CASCADE;
