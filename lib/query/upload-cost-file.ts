// Uploads a cost file as the request body (streamed by the browser, never read into memory here). Rejections
// keep the server's row errors so the page can list them by line.
import type { CostFileImportDto } from '@/lib/schemas/imports'

export type UploadResult = { status: 'imported' | 'already_imported'; import: CostFileImportDto }
export type UploadRowError = { line: number; column?: string; message: string }

export class UploadRejectedError extends Error {
  constructor(
    message: string,
    readonly rowErrors: UploadRowError[],
  ) {
    super(message)
    this.name = 'UploadRejectedError'
  }
}

export async function uploadCostFile(file: File): Promise<UploadResult> {
  const gzip = file.name.endsWith('.gz')
  const response = await fetch(`/api/imports?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': gzip ? 'application/gzip' : 'text/csv', accept: 'application/json' },
    body: file,
  })
  const body = (await response.json().catch(() => null)) as (UploadResult & { error?: { message?: string; details?: { rowErrors?: UploadRowError[] } } }) | null
  if (!response.ok) throw new UploadRejectedError(body?.error?.message ?? `The upload failed with status ${response.status}.`, body?.error?.details?.rowErrors ?? [])
  return body as UploadResult
}
