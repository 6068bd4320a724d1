// A streamed CSV download. The first chunk (BOM, header and the first batch) is produced before answering,
// so a failing query still becomes a JSON error; after that, chunks are pulled one at a time as the client
// reads (backpressure), and a client that disconnects stops the database reads.
import 'server-only'
import { attachmentHeader } from '@/lib/domain/csv/content-disposition'

export async function csvResponse(
  fileName: string,
  chunks: AsyncGenerator<string>,
  signal: AbortSignal,
): Promise<Response> {
  const encoder = new TextEncoder()
  let stopped = false
  const stop = () => {
    stopped = true
    void chunks.return(undefined).catch(() => {})
  }
  signal.addEventListener('abort', stop, { once: true })
  const first = await chunks.next()
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (first.done) controller.close()
        else controller.enqueue(encoder.encode(first.value))
      },
      async pull(controller) {
        try {
          const next = await chunks.next()
          if (stopped) return
          if (next.done) {
            signal.removeEventListener('abort', stop)
            controller.close()
          } else controller.enqueue(encoder.encode(next.value))
        } catch (error) {
          if (stopped) return
          console.error(`CSV export ${fileName} failed while streaming:`, error)
          controller.error(error)
        }
      },
      cancel: stop,
    },
    { highWaterMark: 1 },
  )
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentHeader(fileName),
      'cache-control': 'no-store',
    },
  })
}
