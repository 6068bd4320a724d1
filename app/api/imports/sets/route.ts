import { env } from '@/lib/env'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { route } from '@/lib/server/http/route'
import { uploadBody } from '@/lib/server/http/upload-body'
import { importAppError } from '@/lib/server/imports/import-app-error'
import { importCostFileSetUpload } from '@/lib/server/imports/import-cost-file'
import { MAX_SET_FILES } from '@/lib/server/imports/read-upload-set'

export const dynamic = 'force-dynamic'
// Large sets take minutes to stream into the database.
export const maxDuration = 3600

// POST /api/imports/sets (multipart/form-data: an export's data files, and its Manifest.json if you have it) –
// import them as a complete set that replaces their billing periods.
// The body is the form, streamed by the import itself (no `body` schema: it is not JSON).
export const POST = route({ permission: 'imports:write' }, async ({ request }) => {
  const contentType = request.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data'))
    throw new AppError('unsupported_media_type', 'Send the files as a multipart/form-data body, one part per file.')
  if (!request.body)
    throw new AppError('bad_request', 'The request has no body: send the files as a multipart/form-data body.')
  const maxBytes = env().FINOPS_IMPORT_MAX_BYTES
  const upload = uploadBody(request.body)
  try {
    const result = await importCostFileSetUpload(
      { db: db(), databaseUrl: env().DATABASE_URL! },
      { contentType, body: upload.chunks, maxBytes },
    )
    return Response.json(result, { status: 201 })
  } catch (error) {
    throw importAppError(error)
  } finally {
    // Rejected before the end of the body: read the rest, so the answer reaches the client and the connection stays usable.
    await upload.drain(maxBytes * (MAX_SET_FILES + 1))
  }
})
