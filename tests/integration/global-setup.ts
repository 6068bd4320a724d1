// Integration tests run against a real PostgreSQL: DATABASE_URL when set (its user must be allowed to create
// databases), otherwise a throwaway embedded PostgreSQL 17. The schema is migrated once into a template
// database; each test file clones it, so files are isolated and may run in parallel.
import type { TestProject } from 'vitest/node'
import pg from 'pg'
import { runMigrations } from '../../lib/server/db/run-migrations'
import { startTemporaryPostgres } from '../../scripts/lib/temporary-postgres'

export const TEMPLATE_DATABASE = 'finops_test_template'

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL
  const server = external ? null : await startTemporaryPostgres('postgres')
  const adminUrl = external ?? server!.url
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`)
  await admin.end()
  await runMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE))
  project.provide('adminDatabaseUrl', adminUrl)
  return async () => {
    if (server) await server.stop()
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
