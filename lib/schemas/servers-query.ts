// The Servers routes' URL: the inventory's filters (parsed in the browser too, so no documentation here: the
// parameters are described beside the operation in ./servers.ts).
import { z } from 'zod'
import { SERVER_KINDS } from '@/lib/domain/servers/schedulable'
import { accountId, regionCode } from './common'

export const serverKind = z.enum(SERVER_KINDS)

export const serversQuery = z.object({
  kind: serverKind.optional(),
  accountId: accountId.optional(),
  region: regionCode.optional(),
})
