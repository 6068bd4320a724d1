-- CreateTable
CREATE TABLE "server" (
    "id" SERIAL NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "region" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "engine" TEXT,
    "state" TEXT NOT NULL,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "launched_at" TIMESTAMPTZ(3),
    "replica_of" TEXT,
    "cluster_id" TEXT,
    "schedulable" BOOLEAN NOT NULL,
    "reason" TEXT,
    "first_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "server_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "server_resource_id_idx" ON "server"("resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "server_natural_key" ON "server"("account_id", "region", "kind", "resource_id");

-- AddForeignKey
ALTER TABLE "server" ADD CONSTRAINT "server_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "server" ADD CONSTRAINT "server_region_fkey" FOREIGN KEY ("region") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
