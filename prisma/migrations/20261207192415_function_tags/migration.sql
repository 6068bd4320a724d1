-- CreateTable
CREATE TABLE "function_tag_set" (
    "function_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "tags" JSONB NOT NULL,

    CONSTRAINT "function_tag_set_pkey" PRIMARY KEY ("function_id","valid_from")
);

-- AddForeignKey
ALTER TABLE "function_tag_set" ADD CONSTRAINT "function_tag_set_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "lambda_function"("id") ON DELETE CASCADE ON UPDATE CASCADE;
