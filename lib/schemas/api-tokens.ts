// API tokens for scripts, as an admin manages them (Settings → API tokens, /api/tokens): a token is shown once, when
// it is made; afterwards only its prefix names it. It may expire; a revoked or expired token is refused (401).
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { role } from './access'
import { idParam } from './common'

const instant = z.string().meta({ description: 'An instant (ISO 8601, UTC).' })
/** At most ten years: a token that should never expire is made without `expiresInDays`. */
export const MAX_TOKEN_DAYS = 3650

export const apiTokenDto = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role,
    prefix: z
      .string()
      .meta({ description: 'The token’s visible start (finops_XXXXXXXX): names it in lists and the audit log.' }),
    createdAt: instant,
    createdBy: z.string().meta({ description: 'Who made it: a user’s e-mail address, a token, or cli.' }),
    lastUsedAt: instant.nullable().meta({ description: 'The last request it made (to the minute).' }),
    expiresAt: instant.nullable().meta({ description: 'When it stops working; null: never.' }),
    revokedAt: instant.nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'ApiToken' })
export type ApiTokenDto = z.infer<typeof apiTokenDto>

export const apiTokensResponse = z.object({ tokens: z.array(apiTokenDto) }).meta({ id: 'ApiTokens' })

export const createApiTokenBody = z
  .strictObject({
    name: z.string().trim().min(1, 'name the token (what uses it)').max(100),
    role,
    expiresInDays: z
      .number()
      .int('expected whole days')
      .min(1, 'must be at least 1 day')
      .max(MAX_TOKEN_DAYS, `must be at most ${MAX_TOKEN_DAYS} days`)
      .optional()
      .meta({ description: 'Days until it expires; without it the token works until revoked.' }),
  })
  .meta({ id: 'ApiTokenInput' })
export type CreateApiTokenBody = z.output<typeof createApiTokenBody>

export const createdApiToken = z
  .object({
    token: z.string().meta({ description: 'The secret, shown this once: send it as Authorization: Bearer <token>.' }),
    apiToken: apiTokenDto,
  })
  .meta({ id: 'CreatedApiToken' })
export type CreatedApiToken = z.infer<typeof createdApiToken>

export const apiTokenParams = z.object({ id: idParam })

export const apiTokenOperations = [
  defineOperation({
    method: 'get',
    path: '/api/tokens',
    permission: 'tokens:manage',
    summary: 'Every API token: name, role, prefix, created, last used, expiry and status (never the secret)',
    tags: ['access'],
    responses: { 200: { description: 'The tokens, newest first.', schema: apiTokensResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/tokens',
    permission: 'tokens:manage',
    summary: 'Make an API token with a role, optionally expiring; the answer holds the secret, shown once',
    tags: ['access'],
    body: createApiTokenBody,
    responses: { 201: { description: 'Made.', schema: createdApiToken } },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/tokens/{id}',
    permission: 'tokens:manage',
    summary: 'Revoke an API token: refused from its next request on (revoking twice changes nothing)',
    tags: ['access'],
    pathParams: apiTokenParams,
    responses: { 200: { description: 'Revoked.', schema: apiTokenDto }, 404: { description: 'No such token.' } },
  }),
]
