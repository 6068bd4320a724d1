-- AlterTable
ALTER TABLE "cost_file_line" ADD COLUMN     "billed_amortized_cost" DECIMAL(40,30),
ADD COLUMN     "billed_unblended_cost" DECIMAL(40,30),
ADD COLUMN     "krw_per_usd" DECIMAL(11,6);
