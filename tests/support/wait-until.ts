// Waiting in tests for something another process or connection does: poll until it holds. The limit only catches a
// hang (on a loaded two-core machine a step that takes a second alone can take a minute), it never decides a result,
// so it is generous; elapsed time is read from the monotonic clock, not the wall clock.
import { performance } from 'node:perf_hooks'

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  { timeoutMs = 60_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
