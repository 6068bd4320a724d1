-- AlterTable
ALTER TABLE "alert_rule" ADD COLUMN     "spend_budgets" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "alert_delivery" ADD COLUMN     "spend_budget_alert_id" INTEGER;

-- CreateTable
CREATE TABLE "spend_budget_alert" (
    "id" SERIAL NOT NULL,
    "budget_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "event" TEXT NOT NULL,
    "budget_usd" DECIMAL(30,10) NOT NULL,
    "actual_usd" DECIMAL(30,10) NOT NULL,
    "forecast_usd" DECIMAL(30,10) NOT NULL,
    "drivers" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "spend_budget_alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "spend_budget_alert_budget_id_month_event_key" ON "spend_budget_alert"("budget_id", "month", "event");

-- CreateIndex
CREATE UNIQUE INDEX "alert_delivery_budget_natural_key" ON "alert_delivery"("rule_id", "spend_budget_alert_id");

-- AddForeignKey
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_spend_budget_alert_id_fkey" FOREIGN KEY ("spend_budget_alert_id") REFERENCES "spend_budget_alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spend_budget_alert" ADD CONSTRAINT "spend_budget_alert_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "spend_budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery is about exactly one thing (an incident, a failed run or a spend budget alert); a test is about none
-- and is never pending (Prisma cannot express this constraint in the schema).
ALTER TABLE "alert_delivery" DROP CONSTRAINT "alert_delivery_one_subject";
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_one_subject" CHECK (
    CASE WHEN "is_test" THEN num_nonnulls("incident_id", "ingestion_run_id", "spend_budget_alert_id") = 0 AND "status" <> 'pending'
    ELSE num_nonnulls("incident_id", "ingestion_run_id", "spend_budget_alert_id") = 1 END);
