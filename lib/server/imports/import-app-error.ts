import 'server-only'
import { CostFileStructureError } from '@/lib/domain/imports/detect-cost-file-format'
import { AppError } from '@/lib/server/http/app-error'
import { CostFileTooLargeError } from './read-cost-file'
import { CostFileRejectedError } from './stage-cost-file'

/** An import's refusal as the API's error: too large (413), or rejected with the reason and invalid rows (422). Anything else as it is. */
export function importAppError(error: unknown): unknown {
  if (error instanceof CostFileTooLargeError) return new AppError('payload_too_large', error.message)
  if (error instanceof CostFileStructureError) return new AppError('unprocessable', error.message)
  if (error instanceof CostFileRejectedError)
    return new AppError(
      'unprocessable',
      error.message,
      error.rowErrors.length ? { rowErrors: error.rowErrors } : undefined,
    )
  return error
}
