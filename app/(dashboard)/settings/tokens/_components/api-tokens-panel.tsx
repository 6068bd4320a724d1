'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { ROLES, type Role } from '@/lib/domain/access/permissions'
import { formatInstant } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { apiTokenWrites } from '@/lib/query/api-tokens'
import { useWrite } from '@/lib/query/use-write'
import { type ApiTokenDto, MAX_TOKEN_DAYS } from '@/lib/schemas/api-tokens'
import { ShownOnce } from '../../_components/shown-once'

const STATUS_BADGE = { active: 'badge badge-good', expired: 'badge badge-warn', revoked: 'badge badge-bad' } as const

/**
 * The tokens (name, role, prefix, created, last used, expiry, status) with a revoke button each, and a form that
 * makes one; a new token's secret is shown here once, with a copy button. The page renders again after each change.
 */
export function ApiTokensPanel({ tokens }: { tokens: ApiTokenDto[] }) {
  const t = useTranslations('apiTokens')
  const roles = useTranslations('shell.user.roles')
  const time = useTimeFormat()
  const router = useRouter()
  const [made, setMade] = useState<{ name: string; token: string } | null>(null)
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('viewer')
  const [days, setDays] = useState('')
  const create = useWrite(apiTokenWrites.create, {
    onSuccess: (created) => {
      setMade({ name: created.apiToken.name, token: created.token })
      setName('')
      setDays('')
      router.refresh()
    },
  })
  const revoke = useWrite(apiTokenWrites.revoke, { onSuccess: () => router.refresh() })
  const error = create.error ?? revoke.error
  const instant = (iso: string | null, none: string) =>
    iso ? <time dateTime={iso}>{formatInstant(iso, time)}</time> : <span className="muted">{none}</span>
  return (
    <>
      <section className="card" aria-labelledby="new-token-title">
        <header>
          <h2 id="new-token-title">{t('create.title')}</h2>
        </header>
        <p className="muted">{t('create.explain')}</p>
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault()
            create.mutate({ name, role, ...(days ? { expiresInDays: Number(days) } : {}) })
          }}
        >
          <label>
            <span>{t('create.name')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
          </label>
          <label>
            <span>{t('create.role')}</span>
            <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {roles(option)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('create.expiresInDays')}</span>
            <input
              type="number"
              min={1}
              max={MAX_TOKEN_DAYS}
              step={1}
              value={days}
              placeholder={t('create.never')}
              onChange={(event) => setDays(event.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('create.submit')}
          </button>
        </form>
        {made && (
          <ShownOnce
            title={t('shown.title', { name: made.name })}
            explain={t('shown.explain')}
            value={made.token}
            testId="new-api-token"
          />
        )}
      </section>
      <section className="card" aria-labelledby="tokens-title">
        <header>
          <h2 id="tokens-title">{t('list')}</h2>
        </header>
        {tokens.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table" data-testid="api-tokens">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('prefix')}</th>
                  <th scope="col">{t('created')}</th>
                  <th scope="col">{t('lastUsed')}</th>
                  <th scope="col">{t('expires')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} data-prefix={token.prefix}>
                    <td>{token.name}</td>
                    <td>{roles(token.role)}</td>
                    <td>
                      <code>{token.prefix}</code>
                    </td>
                    <td>
                      {instant(token.createdAt, '')}{' '}
                      <span className="muted">{t('createdBy', { by: token.createdBy })}</span>
                    </td>
                    <td>{instant(token.lastUsedAt, t('neverUsed'))}</td>
                    <td>{instant(token.expiresAt, t('neverExpires'))}</td>
                    <td>
                      <span className={STATUS_BADGE[token.status]}>{t(`statuses.${token.status}`)}</span>
                    </td>
                    <td>
                      {token.status !== 'revoked' && (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={revoke.isPending}
                          aria-label={t('revokeToken', { name: token.name, prefix: token.prefix })}
                          onClick={() => revoke.mutate({ id: token.id })}
                        >
                          {t('revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {error && (
        <p className="state-error" role="alert">
          {error.message}
        </p>
      )}
    </>
  )
}
