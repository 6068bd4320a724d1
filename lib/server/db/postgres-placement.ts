// Where the embedded PostgreSQL runs from and keeps its cluster. PostgreSQL refuses to run as root, so as root
// it runs as the `postgres` system user (created if missing), which must be able to reach both its programs
// and its data directory. In a clone under a private folder (root's home, any parent with mode 0700) it can
// reach neither, and we never loosen the user's permissions to fix that. Instead, as root only:
//   - the programs are copied once per version to /var/lib/lambda-finops/postgres-<version>-<platform>/;
//   - a new cluster whose folder (FINOPS_DATA_DIR) the postgres user cannot reach is created in
//     /var/lib/lambda-finops/clusters/<folder name>-<hash of its path>/postgres, owned by postgres, 0700.
// Credentials, the log and the recorded cluster location stay in FINOPS_DATA_DIR (postgres.json). Run as a
// regular user, everything stays where it is.
import 'server-only'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EmbeddedPostgresError } from './embedded-postgres-error'
import { type PostgresInstallation, postgresInstallation } from './postgres-installation'

export type ServerUser = { name: string; uid: number; gid: number }

export type Placement = {
  /** The folder holding bin/, lib/ and share/ that the server runs from. */
  installDir: string
  dataDir: string
  /** Who the server runs as when we are root; null: as ourselves. */
  runAs: ServerUser | null
  /** The cluster is kept outside rootDir (a private folder, as root). */
  relocated: boolean
}

export const SYSTEM_DIR = '/var/lib/lambda-finops'
const SERVER_USER = 'postgres'

/**
 * `recordedDataDir`: where this folder's cluster was created (from postgres.json), kept wherever it is.
 * `systemDir` is only ever changed by tests.
 */
export async function placeCluster(
  rootDir: string,
  recordedDataDir: string | undefined,
  systemDir = SYSTEM_DIR,
): Promise<Placement> {
  const installation = await postgresInstallation()
  const inPlace = path.join(rootDir, 'postgres')
  if (os.userInfo().uid !== 0)
    return { installDir: installation.dir, dataDir: recordedDataDir ?? inPlace, runAs: null, relocated: false }

  const runAs = ensureServerUser()
  const installDir = canReach(runAs, path.join(installation.dir, 'bin', 'postgres'))
    ? installation.dir
    : copyInstallation(installation, runAs, systemDir)
  if (recordedDataDir) {
    if (!canReach(runAs, path.dirname(recordedDataDir))) {
      throw new EmbeddedPostgresError(
        `The database in ${recordedDataDir} cannot be reached by the \`postgres\` user that PostgreSQL runs as when started by root (a parent folder is private): move it, with ${rootDir}, to a folder others can open, run npm as a regular user, or set DATABASE_URL.`,
      )
    }
    return { installDir, dataDir: recordedDataDir, runAs, relocated: recordedDataDir !== inPlace }
  }
  // FINOPS_DATA_DIR is ours: the postgres user may open it, so the cluster can live inside it when its parents allow.
  chmodSync(rootDir, 0o755)
  if (canReach(runAs, rootDir)) return { installDir, dataDir: inPlace, runAs, relocated: false }
  return { installDir, dataDir: relocatedDataDir(rootDir, runAs, systemDir), runAs, relocated: true }
}

/** The cluster folder outside a private clone, keyed on the clone's data folder so each clone has its own. */
export function relocatedDataDirOf(rootDir: string, systemDir = SYSTEM_DIR): string {
  const name =
    path
      .basename(path.dirname(rootDir))
      .replace(/[^\w.-]/g, '_')
      .slice(0, 40) || 'root'
  const key = createHash('sha256').update(rootDir).digest('hex').slice(0, 12)
  return path.join(systemDir, 'clusters', `${name}-${key}`, 'postgres')
}

function relocatedDataDir(rootDir: string, runAs: ServerUser, systemDir: string): string {
  const dataDir = relocatedDataDirOf(rootDir, systemDir)
  const clusterDir = path.dirname(dataDir)
  prepare(() => {
    mkdirSync(clusterDir, { recursive: true })
    chmodSync(path.dirname(clusterDir), 0o755)
    chmodSync(systemDir, 0o755)
    chownSync(clusterDir, runAs.uid, runAs.gid)
    chmodSync(clusterDir, 0o700)
    // For whoever finds this folder: which clone it belongs to.
    writeFileSync(path.join(clusterDir, 'DATA_DIR_OF'), `${rootDir}\n`)
  }, `create ${clusterDir}`)
  return dataDir
}

/** Copies the programs to a place the server user can reach, once per version (complete or not at all). */
function copyInstallation(installation: PostgresInstallation, runAs: ServerUser, systemDir: string): string {
  const target = path.join(systemDir, `postgres-${installation.version}-${installation.platform}`)
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    const partial = `${target}.partial-${process.pid}`
    prepare(() => {
      mkdirSync(systemDir, { recursive: true })
      chmodSync(systemDir, 0o755)
      rmSync(partial, { recursive: true, force: true })
      cpSync(installation.dir, partial, { recursive: true, verbatimSymlinks: true })
      chmodSync(partial, 0o755)
      try {
        renameSync(partial, target)
      } catch (error) {
        // Another process copied them first.
        if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error
        rmSync(partial, { recursive: true, force: true })
      }
    }, `copy PostgreSQL's programs to ${target}`)
  }
  if (!canReach(runAs, path.join(target, 'bin', 'postgres'))) {
    throw new EmbeddedPostgresError(
      `PostgreSQL's programs in ${target} cannot be run by the \`postgres\` user: make ${systemDir} readable by others, run npm as a regular user, or set DATABASE_URL.`,
    )
  }
  return target
}

function prepare(step: () => void, what: string) {
  try {
    step()
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL must run as the \`postgres\` user from a folder it can reach, and could not ${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): run npm as a regular user, or set DATABASE_URL to a PostgreSQL you run.`,
      { cause: error },
    )
  }
}

/** The `postgres` system user, created (no home, no login) when missing, as PostgreSQL's own packages do. */
function ensureServerUser(): ServerUser {
  const existing = lookUpUser(SERVER_USER)
  if (existing) return existing
  const attempts = [
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER],
    ['--system', '--gid', SERVER_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER],
  ]
  const errors = attempts
    .map((args) => spawnSync('useradd', args, { encoding: 'utf8' }))
    .map((result) => result.error?.message ?? result.stderr.trim())
  const created = lookUpUser(SERVER_USER)
  if (created) return created
  throw new EmbeddedPostgresError(
    `Running as root, the embedded PostgreSQL must run as a \`postgres\` user, which does not exist and could not be created (${errors.at(-1)}): create it (useradd --system postgres), run npm as a regular user, or set DATABASE_URL.`,
  )
}

function lookUpUser(name: string): ServerUser | null {
  const id = (flag: string) => spawnSync('id', [flag, name], { encoding: 'utf8' })
  const uid = id('-u')
  const gid = id('-g')
  if (uid.status !== 0 || gid.status !== 0) return null
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

/** Whether `user` can open (search) this folder or run this program: asked of the system as that user. */
export function canReach(user: ServerUser, target: string): boolean {
  return spawnSync('test', ['-x', target], { uid: user.uid, gid: user.gid }).status === 0
}
