// A JSON request body, read as a stream and abandoned as soon as it passes the limit: Content-Length cannot be
// trusted (chunked bodies have none), and a body is never buffered past the limit before being refused.
import 'server-only'
import { AppError } from './app-error'
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from '@/lib/schemas/storable-text'

/** 1 MiB: the largest body any JSON route takes is a few kilobytes (a simulation, an alert rule). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

/** `application/json`, with parameters (`; charset=utf-8`) allowed; nothing else, however it is spelled. */
export function isJsonMediaType(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json'
}

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get('content-type')))
    throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.')
  const tooLarge = () =>
    new AppError(
      'payload_too_large',
      `The request body is larger than ${maxBytes} bytes; JSON bodies may be at most ${maxBytes} bytes.`,
    )
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  const bytes = await readAtMost(request.body, maxBytes, tooLarge)
  if (bytes.length === 0) throw new AppError('bad_request', 'The request body is empty; send a JSON object.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('bad_request', 'The request body is not valid UTF-8.')
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.')
  }
  const unstorable = findUnstorableText(json)
  if (unstorable)
    throw new AppError(
      'bad_request',
      `Invalid ${unstorable.length ? `\`${unstorable.join('.')}\`` : 'body'}: ${UNSTORABLE_TEXT_MESSAGE}.`,
    )
  return json
}

export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
