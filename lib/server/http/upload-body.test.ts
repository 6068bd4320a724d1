import { describe, expect, it } from 'vitest'
import { uploadBody } from './upload-body'

/** A body of `count` chunks of `size` bytes that records whether it was cancelled and how much was pulled. */
function body(count: number, size = 10) {
  const state = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === count) return controller.close()
      state.pulled++
      controller.enqueue(new Uint8Array(size))
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { stream, state }
}

describe('an upload body', () => {
  it('is not cancelled when its reader stops early, and drain reads the rest', async () => {
    const { stream, state } = body(100)
    const upload = uploadBody(stream)
    for await (const chunk of upload.chunks) {
      expect(chunk.byteLength).toBe(10)
      break
    }
    expect(state.cancelled).toBe(false)
    expect(await upload.drain(10_000)).toBe(true)
    expect(state).toEqual({ pulled: 100, cancelled: false })
  })

  it('stops draining past the bound and cancels the rest', async () => {
    const { stream, state } = body(100)
    const upload = uploadBody(stream)
    expect(await upload.drain(95)).toBe(false)
    expect(state.cancelled).toBe(true)
    expect(state.pulled).toBeLessThan(100)
  })

  it('has nothing to drain once read to the end', async () => {
    const { stream, state } = body(3)
    const upload = uploadBody(stream)
    let bytes = 0
    for await (const chunk of upload.chunks) bytes += chunk.byteLength
    expect(bytes).toBe(30)
    expect(await upload.drain(0)).toBe(true)
    expect(state.cancelled).toBe(false)
  })
})
