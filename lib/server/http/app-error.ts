// Typed errors for everything the API can refuse. The HTTP status lives here and nowhere else.
import 'server-only'
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  misdirected_request: 421,
  unprocessable: 422,
  too_many_requests: 429,
  service_unavailable: 503,
  upstream_error: 502,
  internal: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`)
export const badRequest = (message: string, details?: unknown) => new AppError('bad_request', message, details)
