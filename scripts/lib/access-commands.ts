// `npm run users` and `npm run tokens`: what an admin does from the shell (the first admin when the link is lost,
// scripts' tokens). Both take the database as given, so tests run them against a test database; the scripts open
// the running embedded database (or start it) as the other commands do. Changes are audited as made by "cli".
import { parseArgs } from 'node:util'
import { isRole, type Role, ROLES } from '@/lib/domain/access/permissions'
import { CLI_ACTOR, recordChange } from '@/lib/server/audit/record-audit'
import { MAX_TOKEN_DAYS } from '@/lib/schemas/api-tokens'
import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/server/auth/api-tokens'
import { createUser, listUsers, newPasswordLink, updateUser } from '@/lib/server/auth/user-admin'
import type { Db } from '@/lib/server/db/prisma'
import type { AuditChange } from '@/lib/server/audit/record-audit'

export const USERS_USAGE = [
  'usage: npm run users -- create --email E --role R [--name N]   (prints a one-time link that sets the password)',
  '       npm run users -- list',
  '       npm run users -- set-role --email E --role R',
  '       npm run users -- disable --email E      (signs them out everywhere at once)',
  '       npm run users -- enable --email E',
  '       npm run users -- password-link --email E',
  `roles: ${ROLES.join(', ')}`,
].join('\n')

export const TOKENS_USAGE = [
  'usage: npm run tokens -- create --name NAME --role ROLE [--expires-in-days D]',
  '         (prints the token alone on its last line, once; without --expires-in-days it works until revoked)',
  '       npm run tokens -- list',
  '       npm run tokens -- revoke --prefix finops_XXXXXXXX',
  `roles: ${ROLES.join(', ')}`,
].join('\n')

export class UsageError extends Error {}

function options(argv: string[]) {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      prefix: { type: 'string' },
      'expires-in-days': { type: 'string' },
    },
    strict: true,
  })
  const need = (name: keyof typeof values): string => {
    const value = values[name]?.trim()
    if (!value) throw new UsageError(`--${name} is needed for ${command}.`)
    return value
  }
  const role = (): Role => {
    const value = need('role')
    if (!isRole(value)) throw new UsageError(`--role ${value} is not a role: choose ${ROLES.join(', ')}.`)
    return value
  }
  const expiresInDays = (): number | undefined => {
    const value = values['expires-in-days']?.trim()
    if (value === undefined) return undefined
    const days = /^\d{1,5}$/.test(value) ? Number(value) : NaN
    if (!(days >= 1 && days <= MAX_TOKEN_DAYS))
      throw new UsageError(`--expires-in-days ${value} is not a number of days from 1 to ${MAX_TOKEN_DAYS}.`)
    return days
  }
  return { command, values, need, role, expiresInDays }
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '-')

/** Runs one `npm run users` command; returns the lines to print. Each change is audited as made by "cli". */
export async function usersCommand(db: Db, argv: string[]): Promise<string[]> {
  const { command, values, need, role } = options(argv)
  const audited = async <T extends { change: AuditChange }>(result: Promise<T>): Promise<T> => {
    const done = await result
    await recordChange(db, CLI_ACTOR, done.change)
    return done
  }
  switch (command) {
    case 'create': {
      const created = await audited(createUser(db, { email: need('email'), role: role(), name: values.name }))
      return [
        `Created ${created.user.email}. Send them this one-time link to set their password (it works once):`,
        created.setPasswordLink,
      ]
    }
    case 'list':
      return (await listUsers(db)).map((user) =>
        [
          user.email,
          user.role ?? 'no role',
          user.status === 'locked' ? `locked until ${day(new Date(user.lockedUntil!))}` : user.status,
          user.source === 'oidc' ? 'sso' : user.passwordSet ? 'password' : 'password (not set)',
          `last sign-in ${day(user.lastSignInAt ? new Date(user.lastSignInAt) : null)}`,
        ].join('\t'),
      )
    case 'set-role':
      await audited(updateUser(db, { email: need('email') }, { role: role() }))
      return [`${need('email')} is now ${values.role}.`]
    case 'disable':
      await audited(updateUser(db, { email: need('email') }, { disabled: true }))
      return [`${need('email')} is disabled and signed out everywhere.`]
    case 'enable':
      await audited(updateUser(db, { email: need('email') }, { disabled: false }))
      return [`${need('email')} is enabled.`]
    case 'password-link':
      return [
        `One-time link that sets the password of ${need('email')} (earlier links stop working):`,
        (await audited(newPasswordLink(db, { email: need('email') }))).setPasswordLink,
      ]
    default:
      throw new UsageError(command ? `Unknown command ${command}.` : 'Which command?')
  }
}

/** Runs one `npm run tokens` command; returns the lines to print (a created token alone on the last one). */
export async function tokensCommand(db: Db, argv: string[]): Promise<string[]> {
  const { command, need, role, expiresInDays } = options(argv)
  switch (command) {
    case 'create': {
      const created = await createApiToken(db, {
        name: need('name'),
        role: role(),
        expiresInDays: expiresInDays(),
        createdBy: CLI_ACTOR.label,
      })
      await recordChange(db, CLI_ACTOR, created.change)
      const { apiToken } = created
      const expiry = apiToken.expiresAt ? `, until ${day(new Date(apiToken.expiresAt))} UTC` : ''
      return [
        `Created token ${apiToken.name} (${apiToken.prefix}) with the ${apiToken.role} role${expiry}. It is shown once; send it as Authorization: Bearer <token>:`,
        created.token,
      ]
    }
    case 'list':
      return (await listApiTokens(db)).map((token) =>
        [
          token.prefix,
          token.name,
          token.role,
          `created ${day(new Date(token.createdAt))} by ${token.createdBy}`,
          `last used ${day(token.lastUsedAt ? new Date(token.lastUsedAt) : null)}`,
          `expires ${token.expiresAt ? day(new Date(token.expiresAt)) : 'never'}`,
          token.status === 'revoked' ? `revoked ${day(new Date(token.revokedAt!))}` : token.status,
        ].join('\t'),
      )
    case 'revoke': {
      const { apiToken, change } = await revokeApiToken(db, { prefix: need('prefix') })
      await recordChange(db, CLI_ACTOR, change)
      return [`Revoked ${apiToken.prefix} (${apiToken.name}).`]
    }
    default:
      throw new UsageError(command ? `Unknown command ${command}.` : 'Which command?')
  }
}
