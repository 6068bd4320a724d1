-- AlterTable
ALTER TABLE "alert_rule" ADD COLUMN     "ingestion_failures" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "alert_delivery" ADD COLUMN     "ingestion_run_id" UUID,
ALTER COLUMN "anomaly_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_run_natural_key" ON "alert_delivery"("rule_id", "ingestion_run_id");

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_ingestion_run_id_fkey" FOREIGN KEY ("ingestion_run_id") REFERENCES "ingestion_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery is about exactly one thing (Prisma cannot express this constraint in the schema).
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_one_subject" CHECK (num_nonnulls("anomaly_id", "ingestion_run_id") = 1);
