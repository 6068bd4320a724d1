-- AlterTable
ALTER TABLE "alert_rule" ADD COLUMN     "schedules" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "alert_delivery" ADD COLUMN     "schedule_alert_id" INTEGER;

-- CreateTable
CREATE TABLE "schedule_alert" (
    "id" SERIAL NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "group_name" TEXT NOT NULL DEFAULT '',
    "resource_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "message" TEXT NOT NULL,
    "extend_path" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schedule_alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "schedule_alert_once" ON "schedule_alert"("schedule_id", "kind", "at", "group_name");

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_schedule_natural_key" ON "alert_delivery"("rule_id", "schedule_alert_id");

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_schedule_alert_id_fkey" FOREIGN KEY ("schedule_alert_id") REFERENCES "schedule_alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_alert" ADD CONSTRAINT "schedule_alert_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery is about exactly one thing (an incident, a failed run, a spend budget alert or a schedule alert); a
-- test is about none and is never pending (Prisma cannot express this constraint in the schema).
ALTER TABLE "alert_delivery" DROP CONSTRAINT "alert_delivery_one_subject";
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_one_subject" CHECK (
    CASE WHEN "is_test" THEN num_nonnulls("incident_id", "ingestion_run_id", "spend_budget_alert_id", "schedule_alert_id") = 0 AND "status" <> 'pending'
    ELSE num_nonnulls("incident_id", "ingestion_run_id", "spend_budget_alert_id", "schedule_alert_id") = 1 END);
