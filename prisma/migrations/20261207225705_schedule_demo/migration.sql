-- AlterTable
ALTER TABLE "schedule" ADD COLUMN     "is_demo" BOOLEAN NOT NULL DEFAULT false;
