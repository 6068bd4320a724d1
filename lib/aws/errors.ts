// AWS failures as typed errors with messages an operator can act on: which IAM action is missing, whether the
// credentials are absent or rejected, whether throttling outlasted the retries. Nothing secret is included.
import 'server-only'
export type AwsErrorKind =
  | 'no_credentials'
  | 'bad_credentials'
  | 'access_denied'
  | 'throttled'
  | 'data_unavailable'
  | 'invalid_response'
  | 'incomplete_data'
  | 'pagination'
  | 'call_budget'
  | 'aborted'
  | 'unreachable'
  | 'upstream'

export class AwsSourceError extends Error {
  readonly action: string | undefined

  constructor(
    public readonly kind: AwsErrorKind,
    message: string,
    options: { cause?: unknown; action?: string } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'AwsSourceError'
    this.action = options.action
  }
}

const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
])
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidAccessKeyId',
])
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'LimitExceededException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
])
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'TimeoutError',
  'RequestTimeout',
])

/** `action` is the IAM action of the call that failed, e.g. `ce:GetCostAndUsage`. */
export function toAwsSourceError(error: unknown, action: string): AwsSourceError {
  if (error instanceof AwsSourceError) return error
  const { name, message, code, attempts } = describe(error)
  if (name === 'AbortError')
    return new AwsSourceError(
      'aborted',
      `The run was cancelled during ${action} (the process is stopping); months already written stay, run it again to finish.`,
      { cause: error, action },
    )
  if (name === 'CredentialsProviderError') {
    return new AwsSourceError(
      'no_credentials',
      'No AWS credentials found. Configure the standard AWS SDK chain (AWS_PROFILE, environment variables, SSO or an instance/task role) for the process that ingests.',
      { cause: error, action },
    )
  }
  if (ACCESS_DENIED.has(name)) {
    return new AwsSourceError(
      'access_denied',
      `Missing IAM permission ${action}: grant it to the role or user the app runs as (AWS said: ${message})`,
      { cause: error, action },
    )
  }
  if (BAD_CREDENTIALS.has(name)) {
    return new AwsSourceError(
      'bad_credentials',
      `AWS rejected the credentials for ${action} (${name}): check the profile or keys, or refresh an expired session.`,
      { cause: error, action },
    )
  }
  if (THROTTLED.has(name)) {
    return new AwsSourceError(
      'throttled',
      `${action} was still throttled by AWS after ${attempts ?? 'all'} attempts (${name}); run again later.`,
      { cause: error, action },
    )
  }
  if (name === 'DataUnavailableException') {
    return new AwsSourceError(
      'data_unavailable',
      `Cost Explorer has no data for this period yet (DataUnavailableException). New accounts get data up to 24 hours after Cost Explorer is enabled.`,
      { cause: error, action },
    )
  }
  if (name === 'BillExpirationException') {
    return new AwsSourceError(
      'data_unavailable',
      `Cost Explorer no longer keeps this period (BillExpirationException): ingest a more recent window.`,
      { cause: error, action },
    )
  }
  if (name === 'InvalidNextTokenException' || name === 'RequestChangedException') {
    return new AwsSourceError(
      'pagination',
      `${action} rejected the page token (${name}); the run can be repeated safely.`,
      { cause: error, action },
    )
  }
  if (UNREACHABLE.has(name) || (code && UNREACHABLE.has(code))) {
    return new AwsSourceError(
      'unreachable',
      `Could not reach AWS for ${action} (${code ?? name}); check the network or the AWS_ENDPOINT_URL_* setting.`,
      { cause: error, action },
    )
  }
  return new AwsSourceError('upstream', `${action} failed: ${name}: ${message}`, { cause: error, action })
}

function describe(error: unknown): { name: string; message: string; code?: string; attempts?: number } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const extra = error as Error & { code?: string; $metadata?: { attempts?: number } }
  return { name: error.name, message: error.message, code: extra.code, attempts: extra.$metadata?.attempts }
}
