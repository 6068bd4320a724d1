import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { CostFileStructureError } from '@/lib/domain/imports/detect-cost-file-format'
import { CostFileTooLargeError, readCostFile } from './read-cost-file'

const CSV = 'a,b\n1,2\n3,4\n'

async function* chunks(...parts: Uint8Array[]) {
  for (const part of parts) yield part
}

const records = async (body: AsyncIterable<Uint8Array>, maxBytes = 1_000_000) => {
  const seen: string[][] = []
  const stats = await readCostFile(body, { maxBytes, onRecord: (record) => void seen.push(record) })
  return { seen, stats }
}

describe('reading an uploaded cost file', () => {
  it('reads a gzip upload whose first chunks are empty or a single byte', async () => {
    const gzip = gzipSync(CSV)
    const { seen, stats } = await records(
      chunks(new Uint8Array(0), gzip.subarray(0, 1), new Uint8Array(0), gzip.subarray(1)),
    )
    expect(seen).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ])
    expect(stats).toEqual({ compressed: true })
  })

  it('calls a body that ends without a byte empty', async () => {
    await expect(records(chunks())).rejects.toThrow(new CostFileStructureError('The file is empty.'))
    await expect(records(chunks(new Uint8Array(0), new Uint8Array(0)))).rejects.toThrow(/empty/)
  })

  it('stops a file over the limit, naming the limit and the setting that raises it', async () => {
    const error = await records(chunks(Buffer.from(CSV.repeat(1_000))), 2_048).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CostFileTooLargeError)
    expect((error as Error).message).toBe(
      'The file is larger than 2,048 bytes after decompression, the import limit. To import it, raise FINOPS_IMPORT_MAX_BYTES (in bytes) on the server, or export the billing period in smaller parts.',
    )
    expect(new CostFileTooLargeError(256 * 1024 ** 2).message).toMatch(
      /^The file is larger than 256 MiB \(268,435,456 bytes\) after decompression/,
    )
  })
})
