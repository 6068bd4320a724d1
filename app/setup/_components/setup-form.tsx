'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useEffect, useState } from 'react'
import { fetchJson } from '@/lib/query/fetch-json'
import type { SetupLinkInfo } from '@/lib/schemas/access'

type State =
  | { kind: 'reading' }
  // The server's message, or (null) what the page says itself: no token in the link, or a failure without a message.
  | { kind: 'unusable'; message: string | null; noToken: boolean }
  | { kind: 'ready'; token: string; link: SetupLinkInfo }
  | { kind: 'done'; email: string }

/** Reads the one-time link's token from the fragment, says what it is for, and uses it (POST /api/setup). */
export function SetupForm() {
  const t = useTranslations('setup')
  const [state, setState] = useState<State>({ kind: 'reading' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const token = /(?:^#|&)token=([A-Za-z0-9_-]{43})(?:&|$)/.exec(window.location.hash)?.[1]
    // The secret leaves the address bar (and so the history and any screenshot) as soon as it is read.
    window.history.replaceState(null, '', window.location.pathname)
    const describe: Promise<State> = token
      ? fetchJson<SetupLinkInfo>('/api/setup/link', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token }),
        }).then(
          (link) => ({ kind: 'ready', token, link }),
          (failure: unknown) => ({
            kind: 'unusable',
            message: failure instanceof Error ? failure.message : null,
            noToken: false,
          }),
        )
      : Promise.resolve({ kind: 'unusable', message: null, noToken: true })
    void describe.then(setState)
  }, [])

  if (state.kind === 'reading') return <p className="muted">{t('checking')}</p>
  if (state.kind === 'unusable')
    return (
      <p className="auth-error" role="alert">
        {state.message ?? (state.noToken ? t('noToken') : t('unusable'))}
      </p>
    )
  if (state.kind === 'done') {
    return <p>{t.rich('done', { email: state.email, link: (chunks) => <a href="/sign-in">{chunks}</a> })}</p>
  }
  const { token, link } = state

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    if (form.get('password') !== form.get('confirm')) return setError(t('mismatch'))
    setBusy(true)
    setError(null)
    try {
      const body =
        link.purpose === 'first-admin'
          ? { token, email: form.get('email'), name: form.get('name') || undefined, password: form.get('password') }
          : { token, password: form.get('password') }
      const done = await fetchJson<{ email: string }>('/api/setup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      setState({ kind: 'done', email: done.email })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('failed'))
      setBusy(false)
    }
  }

  return (
    <form className="auth-form" onSubmit={submit}>
      <p className="muted">
        {link.purpose === 'first-admin' ? t('firstAdmin') : t('choosePassword', { email: link.email ?? '' })}
      </p>
      {link.purpose === 'first-admin' && (
        <>
          <div className="field">
            <label htmlFor="email">{t('email')}</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="name">{t('name')}</label>
            <input id="name" name="name" autoComplete="name" />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
        />
        <span className="hint">{t('passwordHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="confirm">{t('confirm')}</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      </div>
      {error && (
        <p className="auth-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {link.purpose === 'first-admin' ? t('createAdmin') : t('setPassword')}
      </button>
    </form>
  )
}
