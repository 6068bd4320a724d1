'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useState } from 'react'
import { fetchJson } from '@/lib/query/fetch-json'

type Props = { next: string; sso: { name: string } | null; error: string | null }

/** E-mail and password (POST /api/sign-in), and single sign-on when it is configured. */
export function SignInForm({ next, sso, error: initialError }: Props) {
  const t = useTranslations('signIn')
  const [error, setError] = useState<string | null>(initialError ? t('ssoFailed') : null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    try {
      await fetchJson('/api/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      })
      window.location.assign(next)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('failed'))
      setBusy(false)
    }
  }

  async function singleSignOn() {
    setBusy(true)
    setError(null)
    try {
      const answer = await fetchJson<{ url: string }>('/api/auth/sign-in/social', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ provider: 'oidc', callbackURL: next, errorCallbackURL: `/sign-in?error=sso` }),
      })
      window.location.assign(answer.url)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('ssoUnavailable'))
      setBusy(false)
    }
  }

  return (
    <>
      <form className="auth-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t('password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p className="auth-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('submit')}
        </button>
      </form>
      {sso && (
        <button type="button" className="button auth-sso" onClick={singleSignOn} disabled={busy}>
          {t('sso', { name: sso.name })}
        </button>
      )}
    </>
  )
}
