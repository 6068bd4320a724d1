// A small text upload sent as the request body (a rates CSV): its media type checked, read as a stream and
// refused as soon as it passes the limit, decoded as strict UTF-8, and refused if PostgreSQL could not store it.
import 'server-only'
import { UNSTORABLE_TEXT_MESSAGE, isStorableText } from '@/lib/schemas/storable-text'
import { AppError } from './app-error'
import { readAtMost } from './read-json-body'

export async function readTextBody(request: Request, input: { mediaType: string; maxBytes: number }): Promise<string> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType !== input.mediaType)
    throw new AppError(
      'unsupported_media_type',
      `Send the file itself as the body with Content-Type: ${input.mediaType}.`,
    )
  const tooLarge = () =>
    new AppError(
      'payload_too_large',
      `The file is larger than ${input.maxBytes} bytes; it may be at most ${input.maxBytes} bytes.`,
    )
  if (Number(request.headers.get('content-length') ?? 0) > input.maxBytes) throw tooLarge()
  const bytes = await readAtMost(request.body, input.maxBytes, tooLarge)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('bad_request', 'The file is not valid UTF-8.')
  }
  if (!isStorableText(text)) throw new AppError('bad_request', `The file ${UNSTORABLE_TEXT_MESSAGE}.`)
  return text
}
