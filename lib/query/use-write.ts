// The one way a component makes a write: the write's own invalidation runs first (the write stays pending until
// the stale reads are refetched), then the component's `onSuccess` (close a form, show the answer).
import { type QueryClient, useMutation } from '@tanstack/react-query'
import type { Write } from './define-write'

export function useWrite<Input, Output>(
  write: Write<Input, Output>,
  options: { onSuccess?: (output: Output, input: Input) => unknown } = {},
) {
  return useMutation<Output, Error, Input>({
    mutationKey: [write.operation],
    mutationFn: write.send,
    onSuccess: async (output, input, _result, { client }) => {
      await refreshAfterWrite(client, write)
      await options.onSuccess?.(output, input)
    },
    onError: (_error, _input, _result, { client }) =>
      write.refreshAfterFailure ? refreshAfterWrite(client, write) : undefined,
  })
}

/** Marks the write's queries stale (and refetches those on screen); 'everything' drops the whole cache. */
export async function refreshAfterWrite(
  client: QueryClient,
  write: Pick<Write<unknown, unknown>, 'invalidates'>,
): Promise<void> {
  if (write.invalidates === 'everything') {
    client.clear()
    return
  }
  await Promise.all(write.invalidates.map((queryKey) => client.invalidateQueries({ queryKey })))
}
