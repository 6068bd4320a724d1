// The sign-in page's URL: `next`, the page to go back to (checked again by safeReturnPath when used), and `error`,
// set when a single sign-on attempt came back refused.
import { z } from 'zod'
import { safeReturnPath } from '@/lib/domain/access/return-path'
import { defineSearchParams } from './define-search-params'

export const signInSearch = defineSearchParams(
  z.object({
    next: z
      .string()
      .max(2000)
      .optional()
      .transform((value) => safeReturnPath(value)),
    error: z.string().max(200).optional(),
  }),
)
