-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "last_sign_in_at" TIMESTAMPTZ(3);
