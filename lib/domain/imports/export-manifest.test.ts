import { describe, expect, it } from 'vitest'
import { CostFileStructureError } from './detect-cost-file-format'
import { parseExportManifest, setMismatch } from './export-manifest'

const manifest = JSON.stringify({
  executionId: 'e1',
  exportArn: 'arn:aws:bcm-data-exports:us-east-1:999999999999:export/finops-abc',
  dataFiles: [
    's3://bucket/cur/finops/data/BILLING_PERIOD=2026-10/finops-00001.csv.gz',
    's3://bucket/cur/finops/data/BILLING_PERIOD=2026-10/finops-00002.csv.gz',
  ],
})

describe('an export manifest', () => {
  it('names the data files of the delivery by the names they are uploaded under', () => {
    expect(parseExportManifest('finops-Manifest.json', manifest)).toEqual({
      fileName: 'finops-Manifest.json',
      dataFiles: ['finops-00001.csv.gz', 'finops-00002.csv.gz'],
    })
  })

  it('is refused when it is not JSON or lists no data files', () => {
    expect(() => parseExportManifest('m.json', '{')).toThrow(
      new CostFileStructureError("m.json is not JSON; upload the export's Manifest.json as AWS delivered it."),
    )
    expect(() => parseExportManifest('m.json', '{"dataFiles":[]}')).toThrow(
      /not an AWS Data Exports manifest: it needs a "dataFiles" list/,
    )
  })

  it('accepts exactly its files, in any order, and says which are missing or extra', () => {
    const parsed = parseExportManifest('finops-Manifest.json', manifest)
    expect(setMismatch(parsed, ['finops-00002.csv.gz', 'finops-00001.csv.gz'])).toBeNull()
    expect(setMismatch(parsed, ['finops-00001.csv.gz', 'other.csv'])).toBe(
      'finops-Manifest.json lists 2 data files; not uploaded: finops-00002.csv.gz; uploaded but not listed: other.csv. Upload the manifest with exactly the files it lists; nothing was imported.',
    )
  })
})
