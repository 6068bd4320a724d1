-- CreateTable
CREATE TABLE "schedule_action" (
    "id" SERIAL NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "action" TEXT NOT NULL,
    "group_name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "resource_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "message" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "schedule_action_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "schedule_action_once" ON "schedule_action"("schedule_id", "at", "action", "group_name");

-- AddForeignKey
ALTER TABLE "schedule_action" ADD CONSTRAINT "schedule_action_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
