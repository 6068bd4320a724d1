-- Incidents (lib/domain/incidents): the anomalies that tell one story share one status and are alerted once.
-- Each existing anomaly becomes an incident of its own (same id), keeping its status, who set it and why, and
-- its alert deliveries; the next detection run groups them, merging their incidents.

-- The status is the incident's now.
ALTER TYPE "AnomalyStatus" RENAME TO "IncidentStatus";

-- CreateTable
CREATE TABLE "incident" (
    "id" SERIAL NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'open',
    "status_by" TEXT,
    "status_reason" TEXT,
    "status_at" TIMESTAMPTZ(3),
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "anomaly" ADD COLUMN     "exposure_usd" DECIMAL(20,10),
ADD COLUMN     "incident_id" INTEGER;

INSERT INTO "incident" ("id", "account_id", "status", "status_by", "status_reason", "status_at", "detected_at")
SELECT "id", "account_id", "status", "status_by", "status_reason", "status_at", "detected_at" FROM "anomaly";
UPDATE "anomaly" SET "incident_id" = "id";
SELECT setval(pg_get_serial_sequence('incident', 'id'), coalesce(max("id"), 0) + 1, false) FROM "incident";

-- Risk is not spend: a configuration risk's worst case is its exposure, not an extra cost, and what has not cost
-- money yet is medium at most (lib/domain/anomalies/severity.ts); the next detection run writes the same.
UPDATE "anomaly" SET "exposure_usd" = "impact_usd", "impact_usd" = 0, "severity" = CASE WHEN "impact_usd" >= 50 THEN 'medium' ELSE 'low' END
WHERE "kind" = 'config_risk';
UPDATE "anomaly" SET "severity" = CASE
    WHEN "impact_usd" >= 100 THEN 'critical'
    WHEN "impact_usd" >= 20 THEN 'high'
    WHEN "impact_usd" >= 2 OR coalesce(("evidence"->>'errorRatePct')::numeric, ("evidence"->>'throttledPct')::numeric, 0) >= 5 THEN 'medium'
    ELSE 'low' END
WHERE "kind" IN ('error_spike', 'throttle_spike');

-- AlterTable
ALTER TABLE "anomaly" DROP COLUMN "status",
DROP COLUMN "status_at",
DROP COLUMN "status_by",
DROP COLUMN "status_reason";

-- An alert is about an incident: the incident ids above are the anomaly ids they were about.
ALTER TABLE "alert_delivery" DROP CONSTRAINT "alert_delivery_one_subject";
ALTER TABLE "alert_delivery" DROP CONSTRAINT "alert_delivery_anomaly_id_fkey";
DROP INDEX "alert_delivery_natural_key";
ALTER TABLE "alert_delivery" RENAME COLUMN "anomaly_id" TO "incident_id";

-- CreateIndex
CREATE INDEX "incident_account_id_idx" ON "incident"("account_id");

-- CreateIndex
CREATE INDEX "anomaly_incident_id_idx" ON "anomaly"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_natural_key" ON "alert_delivery"("rule_id", "incident_id");

-- AddForeignKey
ALTER TABLE "incident" ADD CONSTRAINT "incident_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly" ADD CONSTRAINT "anomaly_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery is about exactly one thing (Prisma cannot express this constraint in the schema).
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_one_subject" CHECK (num_nonnulls("incident_id", "ingestion_run_id") = 1);
