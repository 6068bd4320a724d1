// A streamed upload's body, read so that an early rejection leaves the connection usable. A reader that stops
// (a bad header in the first chunk, a file over the limit) must not cancel the request body: cancelling it makes
// the server reset the socket while the client is still sending, so the client loses the answer or, on a
// keep-alive connection, its next request (ECONNRESET). Instead the rest is read and discarded before the answer
// goes out, up to a bound; a client that sends more than that is answered and disconnected.
import 'server-only'
export type UploadBody = {
  /** The body's chunks; stopping early (break, throw) leaves the rest unread but not cancelled. */
  chunks: AsyncIterable<Uint8Array>
  /** Reads and discards what is left, up to `maxBytes`; false when more was left (the body is then cancelled). */
  drain(maxBytes: number): Promise<boolean>
}

export function uploadBody(body: ReadableStream<Uint8Array>): UploadBody {
  const reader = body.getReader()
  let finished = false
  const read = async () => {
    const next = await reader.read()
    if (next.done) finished = true
    return next
  }
  return {
    chunks: {
      async *[Symbol.asyncIterator]() {
        for (let next = await read(); !next.done; next = await read()) yield next.value
      },
    },
    async drain(maxBytes) {
      let discarded = 0
      while (!finished) {
        const next = await read().catch(() => ({ done: true as const, value: undefined }))
        if (next.done) return true
        discarded += next.value.byteLength
        if (discarded > maxBytes) {
          await reader.cancel().catch(() => {})
          return false
        }
      }
      return true
    },
  }
}
