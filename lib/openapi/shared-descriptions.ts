// The descriptions of the pieces every schema shares (lib/schemas/common.ts), attached only where the document is
// built: the browser parses page URLs with common.ts and has no use for the document's text.
import { z } from 'zod'
import { SUPPORTED_DAYS } from '@/lib/domain/calendar'
import { accountName, amount, isoDay } from '@/lib/schemas/common'

const SHARED: [z.ZodType, string][] = [
  [isoDay, `A UTC day from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last}.`],
  [amount, 'USD amount as an exact decimal string'],
  [accountName, 'The AWS account’s name (its id when none is known); show it with the id beside.'],
]

export function describeSharedSchemas(): void {
  for (const [schema, description] of SHARED)
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), description })
}
