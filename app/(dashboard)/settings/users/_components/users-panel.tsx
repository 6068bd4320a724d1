'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { ROLES, type Role } from '@/lib/domain/access/permissions'
import { formatInstant } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { userWrites } from '@/lib/query/users'
import { useWrite } from '@/lib/query/use-write'
import type { UserDto } from '@/lib/schemas/users'
import { ShownOnce } from '../../_components/shown-once'

/**
 * The users with their role (changed in place), how they sign in, status and last sign-in; disabling, enabling and
 * a new password link per user; and a form that adds a local user. A new user's one-time link is shown once, here.
 * The page renders again after each change (router.refresh), so the list is the server's.
 */
export function UsersPanel({ users }: { users: UserDto[] }) {
  const t = useTranslations('users')
  const roles = useTranslations('shell.user.roles')
  const time = useTimeFormat()
  const router = useRouter()
  const [link, setLink] = useState<{ email: string; url: string } | null>(null)
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('viewer')
  const create = useWrite(userWrites.create, {
    onSuccess: (created) => {
      setLink({ email: created.user.email, url: created.setPasswordLink })
      setEmail('')
      setName('')
      router.refresh()
    },
  })
  const update = useWrite(userWrites.update, { onSuccess: () => router.refresh() })
  const passwordLink = useWrite(userWrites.passwordLink, {
    onSuccess: (answer, { id }) =>
      setLink({ email: users.find((user) => user.id === id)?.email ?? '', url: answer.setPasswordLink }),
  })
  const error = create.error ?? update.error ?? passwordLink.error
  const busy = create.isPending || update.isPending || passwordLink.isPending
  return (
    <>
      <section className="card" aria-labelledby="users-title">
        <header>
          <h2 id="users-title">{t('list')}</h2>
        </header>
        <div className="table-scroll">
          <table className="table" data-testid="users">
            <thead>
              <tr>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('source')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('lastSignIn')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} data-email={user.email}>
                  <td>{user.email}</td>
                  <td>{user.name}</td>
                  <td>
                    <select
                      aria-label={t('roleOf', { email: user.email })}
                      value={user.role ?? ''}
                      disabled={busy}
                      onChange={(event) => update.mutate({ id: user.id, change: { role: event.target.value as Role } })}
                    >
                      {user.role === null && <option value="">{t('noRole')}</option>}
                      {ROLES.map((option) => (
                        <option key={option} value={option}>
                          {roles(option)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {t(`sources.${user.source}`)}
                    {user.source === 'local' && !user.passwordSet && (
                      <span className="muted"> · {t('passwordNotSet')}</span>
                    )}
                  </td>
                  <td>
                    <span className={user.status === 'enabled' ? 'badge badge-good' : 'badge badge-bad'}>
                      {user.status === 'locked'
                        ? t('statuses.locked', { until: formatInstant(user.lockedUntil!, time) })
                        : t(`statuses.${user.status}`)}
                    </span>
                  </td>
                  <td>
                    {user.lastSignInAt ? (
                      <time dateTime={user.lastSignInAt}>{formatInstant(user.lastSignInAt, time)}</time>
                    ) : (
                      <span className="muted">{t('never')}</span>
                    )}
                  </td>
                  <td>
                    <div className="toolbar">
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy}
                        aria-label={t(user.status === 'disabled' ? 'enableUser' : 'disableUser', { email: user.email })}
                        onClick={() => update.mutate({ id: user.id, change: { disabled: user.status !== 'disabled' } })}
                      >
                        {t(user.status === 'disabled' ? 'enable' : 'disable')}
                      </button>
                      {user.source === 'local' && (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy}
                          aria-label={t('passwordLinkFor', { email: user.email })}
                          onClick={() => passwordLink.mutate({ id: user.id })}
                        >
                          {t('passwordLink')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {error && (
          <p className="state-error" role="alert">
            {error.message}
          </p>
        )}
        {link && (
          <ShownOnce
            title={t('link.title', { email: link.email })}
            explain={t('link.explain', { email: link.email })}
            value={link.url}
            testId="password-link"
          />
        )}
      </section>
      <section className="card" aria-labelledby="new-user-title">
        <header>
          <h2 id="new-user-title">{t('create.title')}</h2>
        </header>
        <p className="muted">{t('create.explain')}</p>
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault()
            create.mutate({ email, role, ...(name.trim() ? { name } : {}) })
          }}
        >
          <label>
            <span>{t('create.email')}</span>
            <input
              type="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
              maxLength={254}
            />
          </label>
          <label>
            <span>{t('create.name')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={100} />
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
          <button type="submit" className="button" disabled={busy}>
            {t('create.submit')}
          </button>
        </form>
      </section>
    </>
  )
}
