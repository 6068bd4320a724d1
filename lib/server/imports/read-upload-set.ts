// An export's files uploaded together (multipart/form-data, one part per file): each data file is spooled to disk
// as it arrives (the parts come one after another), the manifest (a .json part) read whole, up to a small size.
import 'server-only'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import { CostFileStructureError } from '@/lib/domain/imports/detect-cost-file-format'
import { type ExportManifest, parseExportManifest } from '@/lib/domain/imports/export-manifest'
import { CostFileRejectedError } from './stage-cost-file'
import { type SpooledFile, spoolUpload } from './spool-upload'

export const MAX_SET_FILES = 100
const MAX_MANIFEST_BYTES = 1024 ** 2

export type UploadSet = { files: SpooledFile[]; manifest: ExportManifest | null }

export async function readUploadSet(
  body: AsyncIterable<Uint8Array>,
  options: { contentType: string; directory: string; maxBytes: number },
): Promise<UploadSet> {
  let form: busboy.Busboy
  try {
    form = busboy({
      headers: { 'content-type': options.contentType },
      limits: { files: MAX_SET_FILES + 1, fields: 20 },
    })
  } catch (error) {
    throw new CostFileStructureError(`The upload is not a multipart form (${(error as Error).message}).`)
  }
  const files: SpooledFile[] = []
  const manifests: ExportManifest[] = []
  let work = Promise.resolve()
  let failure: unknown
  form.on('file', (_field, stream, info) => {
    if (failure) return void stream.resume()
    // The import reads a copy of the part: when it stops early, the part itself is still read to its end, so the
    // form goes on to the next part instead of waiting for this one forever.
    const part = new PassThrough()
    stream.pipe(part)
    work = work
      .then(async () => {
        if (failure) throw failure
        const fileName = (info.filename ?? '').trim()
        if (!fileName || fileName.length > 255 || fileName.includes('\u0000'))
          throw new CostFileRejectedError('Every file of the set needs a name (up to 255 characters).')
        if (fileName.toLowerCase().endsWith('.json'))
          manifests.push(parseExportManifest(fileName, await readText(part, fileName)))
        else
          files.push(
            await spoolUpload(part, {
              fileName,
              directory: options.directory,
              index: files.length,
              maxBytes: options.maxBytes,
            }),
          )
      })
      .catch((error: unknown) => {
        failure ??= error
        stream.unpipe(part)
        part.destroy()
        stream.resume()
      })
  })
  form.on(
    'filesLimit',
    () => (failure ??= new CostFileRejectedError(`A set has at most ${MAX_SET_FILES} data files and its manifest.`)),
  )
  const finished = new Promise<void>((resolve, reject) => {
    form.on('close', resolve)
    form.on('error', (error: Error) =>
      reject(new CostFileStructureError(`The upload is not a valid multipart form (${error.message}).`)),
    )
  })
  await Promise.all([finished, pipeline(Readable.from(body), form)])
  await work
  if (failure) throw failure
  if (manifests.length > 1)
    throw new CostFileRejectedError(
      `Upload one manifest with its files, not ${manifests.length} (${manifests.map((m) => m.fileName).join(', ')}).`,
    )
  return { files, manifest: manifests[0] ?? null }
}

async function readText(stream: Readable, fileName: string): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_MANIFEST_BYTES)
      throw new CostFileRejectedError(`${fileName} is larger than a manifest can be (1 MiB).`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
