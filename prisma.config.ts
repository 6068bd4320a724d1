import 'dotenv/config'
import { defineConfig } from 'prisma/config'

// `url` falls back to '' so `prisma generate` works before any database exists (CI, fresh clones).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
})
