-- A rule's test message is logged with the alerts it sent (issue 15, item 14): a delivery about no incident or
-- run, recorded once as delivered or failed and never sent again.

-- AlterTable
ALTER TABLE "alert_delivery" ADD COLUMN     "is_test" BOOLEAN NOT NULL DEFAULT false;

-- A delivery is about exactly one thing; a test is about none and is never pending (Prisma cannot express this
-- constraint in the schema).
ALTER TABLE "alert_delivery" DROP CONSTRAINT "alert_delivery_one_subject";
ALTER TABLE "alert_delivery" ADD CONSTRAINT "alert_delivery_one_subject" CHECK (
    CASE WHEN "is_test" THEN num_nonnulls("incident_id", "ingestion_run_id") = 0 AND "status" <> 'pending'
    ELSE num_nonnulls("incident_id", "ingestion_run_id") = 1 END);
