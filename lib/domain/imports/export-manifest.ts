// The Manifest.json that AWS Data Exports delivers with each export: `dataFiles` lists the S3 URIs of every data
// file of that delivery (s3://bucket/prefix/export/data/BILLING_PERIOD=2026-10/export-00001.csv.gz). Uploaded with
// its files, it proves the set complete: every file it lists, and no other.
import { z } from 'zod'
import { CostFileStructureError } from './detect-cost-file-format'

const manifestSchema = z.object({
  dataFiles: z.array(z.string().min(1)).min(1),
  executionId: z.string().optional(),
  exportArn: z.string().optional(),
})

export type ExportManifest = { fileName: string; dataFiles: string[] }

/** The file name a data file is uploaded under: the last part of its S3 URI. */
export function dataFileName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1)
}

export function parseExportManifest(fileName: string, text: string): ExportManifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CostFileStructureError(`${fileName} is not JSON; upload the export's Manifest.json as AWS delivered it.`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success)
    throw new CostFileStructureError(
      `${fileName} is not an AWS Data Exports manifest: it needs a "dataFiles" list of the export's data files.`,
    )
  return { fileName, dataFiles: parsed.data.dataFiles.map(dataFileName) }
}

/** Why the uploaded data files are not the set the manifest lists, or null when they are exactly that set. */
export function setMismatch(manifest: ExportManifest, uploaded: readonly string[]): string | null {
  const listed = new Set(manifest.dataFiles)
  const missing = manifest.dataFiles.filter((name) => !uploaded.includes(name))
  const extra = uploaded.filter((name) => !listed.has(name))
  if (!missing.length && !extra.length) return null
  return [
    `${manifest.fileName} lists ${manifest.dataFiles.length} data file${manifest.dataFiles.length === 1 ? '' : 's'}`,
    missing.length ? `; not uploaded: ${missing.join(', ')}` : '',
    extra.length ? `; uploaded but not listed: ${extra.join(', ')}` : '',
    '. Upload the manifest with exactly the files it lists; nothing was imported.',
  ].join('')
}
