// Prisma 7 runs without a native query engine: the generated client compiles queries in wasm and talks to
// PostgreSQL through node-postgres (adapter-pg).
import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { env } from '@/lib/env'

export type Db = PrismaClient

export function createPrismaClient(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) })
}

const globalForPrisma = globalThis as unknown as { finopsPrisma?: Db }

/** The app's client. DATABASE_URL is always set for the server: by the user, or by `npm start` for the embedded server. */
export function db(): Db {
  if (!globalForPrisma.finopsPrisma) {
    const url = env().DATABASE_URL
    if (!url) throw new Error('DATABASE_URL is not set. Start the dashboard with `npm start`, which provides one.')
    globalForPrisma.finopsPrisma = createPrismaClient(url)
  }
  return globalForPrisma.finopsPrisma
}
