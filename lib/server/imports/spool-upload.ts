// An uploaded file is first written to a temporary file while its SHA-256 is computed, before anything parses
// it: a file imported before is then recognised at the cost of copying its bytes, not of decompressing and
// parsing it (a small gzip can inflate to the whole limit), and a set's files wait on disk, not in memory.
import 'server-only'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CostFileTooLargeError } from './read-cost-file'

export type SpooledFile = { fileName: string; path: string; sha256: string; sizeBytes: number }

/** A temporary directory for one upload's files, removed when `work` ends however it ends. */
export async function withSpoolDirectory<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), 'finops-import-'))
  try {
    return await work(directory)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Writes the chunks to a new file in `directory`; a body over `maxBytes` is refused while it streams. */
export async function spoolUpload(
  chunks: AsyncIterable<Uint8Array>,
  options: { fileName: string; directory: string; index: number; maxBytes: number },
): Promise<SpooledFile> {
  const hash = createHash('sha256')
  let sizeBytes = 0
  const target = path.join(options.directory, `${options.index}.upload`)
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length
      if (sizeBytes > options.maxBytes) return done(new CostFileTooLargeError(options.maxBytes))
      hash.update(chunk)
      done(null, chunk)
    },
  })
  await pipeline(chunks, measure, createWriteStream(target))
  return { fileName: options.fileName, path: target, sha256: hash.digest('hex'), sizeBytes }
}
