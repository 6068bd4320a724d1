import { env } from '@/lib/env'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { route } from '@/lib/server/http/route'
import { uploadBody } from '@/lib/server/http/upload-body'
import { importAppError } from '@/lib/server/imports/import-app-error'
import { importCostFile } from '@/lib/server/imports/import-cost-file'
import { CostFileTooLargeError } from '@/lib/server/imports/read-cost-file'
import { listBillingPeriods } from '@/lib/server/queries/list-billing-periods'
import { listCostImports } from '@/lib/server/queries/list-cost-imports'
import { importSearch } from '@/lib/search-params/ingestion'

export const dynamic = 'force-dynamic'
// Large files take minutes to stream into the database.
export const maxDuration = 3600

// POST /api/imports?fileName=… (body: the CSV or .csv.gz file) – import a CUR 2.0 or FOCUS export.
// The body is the file, streamed by the import itself (no `body` schema: it is not JSON).
export const POST = route(
  { permission: 'imports:write', query: importSearch },
  async ({ request, query: { fileName } }) => {
    const maxBytes = env().FINOPS_IMPORT_MAX_BYTES
    if ((request.headers.get('content-type') ?? '').startsWith('multipart/')) {
      throw new AppError(
        'unsupported_media_type',
        'Send the file itself as the request body (text/csv or application/gzip), not a multipart form; several files as a complete set go to /api/imports/sets.',
      )
    }
    if (Number(request.headers.get('content-length') ?? 0) > maxBytes)
      throw new AppError('payload_too_large', new CostFileTooLargeError(maxBytes).message)
    if (!request.body) throw new AppError('bad_request', 'The request has no body: send the file as the body.')
    const upload = uploadBody(request.body)
    try {
      const result = await importCostFile(
        { db: db(), databaseUrl: env().DATABASE_URL! },
        { fileName, body: upload.chunks, maxBytes },
      )
      return Response.json(result, { status: result.status === 'imported' ? 201 : 200 })
    } catch (error) {
      throw importAppError(error)
    } finally {
      // Rejected before the end of the file: read the rest, so the answer reaches the client and the connection stays usable.
      await upload.drain(maxBytes)
    }
  },
)

// GET /api/imports – the import log, most recent first, and what each billing period holds.
export const GET = route({ permission: 'read' }, async () => {
  const [imports, periods] = await Promise.all([listCostImports(db(), { limit: 50 }), listBillingPeriods(db())])
  return Response.json({ imports, periods })
})
