// Client-side fetch for our own API: non-2xx answers become ApiError with the server's message (and its
// `details`, e.g. the invalid rows of a rejected cost file).
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } })
  const text = await response.text()
  if (!response.ok) {
    // A proxy in front of the server may answer an error with HTML: its status still says what happened.
    const error = (
      parseOrUndefined(text) as { error?: { code?: string; message?: string; details?: unknown } } | undefined
    )?.error
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `Request failed with status ${response.status}`,
      error?.details,
    )
  }
  return (text ? JSON.parse(text) : undefined) as T
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** What one call of an API operation sends: path parameters, query parameters and a JSON or raw body. */
export type ApiRequest = {
  params?: Record<string, string | number>
  search?: Record<string, string>
  json?: unknown
  body?: BodyInit
  contentType?: string
}

/** `/api/alerts/rules/{id}` with `{ id: 3 }` → `/api/alerts/rules/3`; a missing parameter is a programming error. */
export function operationUrl(path: string, request: Pick<ApiRequest, 'params' | 'search'> = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name]
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`)
    return encodeURIComponent(String(value))
  })
  const search = new URLSearchParams(request.search).toString()
  return search ? `${filled}?${search}` : filled
}

/** Calls `METHOD /api/…` as the OpenAPI document names the operation. */
export function callOperation<T>(operation: string, request: ApiRequest = {}): Promise<T> {
  const [method, path] = operation.split(' ') as [string, string]
  const json = request.json !== undefined
  return fetchJson<T>(operationUrl(path, request), {
    method,
    ...(json || request.contentType
      ? { headers: { 'content-type': json ? 'application/json' : request.contentType! } }
      : {}),
    ...(json ? { body: JSON.stringify(request.json) } : request.body !== undefined ? { body: request.body } : {}),
  })
}
