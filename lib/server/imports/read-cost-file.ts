// Streams a cost file into CSV records with constant memory: gzip detected by its magic bytes, a size cap after
// decompression, strict UTF-8, then csv-parse. Every structural problem (encoding, quoting, column count) rejects
// the whole file with the line it was found on.
import 'server-only'
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { CsvError, parse } from 'csv-parse'
import { CostFileStructureError } from '@/lib/domain/imports/detect-cost-file-format'

export class CostFileTooLargeError extends Error {
  constructor(maxBytes: number) {
    super(
      `The file is larger than ${describeBytes(maxBytes)} after decompression, the import limit. ` +
        'To import it, raise FINOPS_IMPORT_MAX_BYTES (in bytes) on the server, or export the billing period in smaller parts.',
    )
    this.name = 'CostFileTooLargeError'
  }
}

function describeBytes(bytes: number): string {
  const mib = bytes / 1024 ** 2
  return mib >= 1 && Number.isInteger(mib)
    ? `${mib.toLocaleString('en-US')} MiB (${bytes.toLocaleString('en-US')} bytes)`
    : `${bytes.toLocaleString('en-US')} bytes`
}

export type FileStats = { compressed: boolean }

/** Calls `onRecord` for each record (the header first) with its line number. */
export async function readCostFile(
  body: AsyncIterable<Uint8Array>,
  options: { maxBytes: number; onRecord: (record: string[], line: number) => Promise<void> | void },
): Promise<FileStats> {
  const iterator = body[Symbol.asyncIterator]()
  // gzip is told by its first two bytes, which may arrive in separate chunks, after empty ones (a proxy
  // flushing, say): only the end of the body means the file is empty.
  let head = Buffer.alloc(0)
  while (head.length < 2) {
    const next = await iterator.next()
    if (next.done) break
    head = Buffer.concat([head, next.value])
  }
  if (head.length === 0) throw new CostFileStructureError('The file is empty.')
  const compressed = head[0] === 0x1f && head[1] === 0x8b
  const source = Readable.from(
    (async function* () {
      yield head
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value)
    })(),
  )
  let decompressed = 0
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      decompressed += chunk.length
      done(decompressed > options.maxBytes ? new CostFileTooLargeError(options.maxBytes) : null, chunk)
    },
  })
  const parser = parse({ bom: true, skip_empty_lines: true, max_record_size: 1_000_000, info: true })
  const flowing = pipeline(source, compressed ? createGunzip() : new PassThrough(), limit, new StrictUtf8(), parser)
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      await options.onRecord(record, info.lines)
    await flowing
  } catch (error) {
    parser.destroy()
    await flowing.catch(() => {})
    if (error instanceof CsvError) throw new CostFileStructureError(`The file is not valid CSV: ${error.message}.`)
    if (
      (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' ||
      (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR'
    ) {
      throw new CostFileStructureError(
        `The file starts like gzip but does not decompress (${(error as Error).message}).`,
      )
    }
    throw error
  }
  return { compressed }
}

/** Rejects anything but UTF-8 (Excel's CP949 or UTF-16 exports included) instead of guessing an encoding. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  private bytes = 0

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    if (this.bytes === 0 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      return done(new CostFileStructureError('The file is UTF-16 encoded; save or export it as UTF-8 CSV.'))
    }
    this.bytes += chunk.length
    try {
      done(null, this.decoder.decode(chunk, { stream: true }))
    } catch {
      done(
        new CostFileStructureError(
          `The file is not UTF-8 (an invalid byte sequence near byte ${this.bytes.toLocaleString('en-US')}); save or export it as UTF-8 CSV.`,
        ),
      )
    }
  }

  override _flush(done: TransformCallback) {
    try {
      done(null, this.decoder.decode())
    } catch {
      done(
        new CostFileStructureError(
          'The file is not UTF-8 (it ends inside a character); save or export it as UTF-8 CSV.',
        ),
      )
    }
  }
}
