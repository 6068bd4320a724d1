import type { ZodError } from 'zod'

/** "Invalid `memoryMb`: Too big: expected number to be <=10240; invalid `region`: …" — names every field. */
export function describeZodError(error: ZodError, what = ''): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? `\`${issue.path.join('.')}\`` : what || 'input'
      return `Invalid ${field}: ${issue.message}`
    })
    .join('; ')
}
