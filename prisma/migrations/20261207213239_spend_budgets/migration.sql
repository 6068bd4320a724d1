-- CreateTable
CREATE TABLE "spend_budget" (
    "id" SERIAL NOT NULL,
    "scope_kind" TEXT NOT NULL,
    "scope_key" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "amount" DECIMAL(24,6) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "spend_budget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "spend_budget_scope_kind_scope_key_key" ON "spend_budget"("scope_kind", "scope_key");
