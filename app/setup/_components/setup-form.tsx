'use client'

import { type FormEvent, useEffect, useState } from 'react'
import { fetchJson } from '@/lib/query/fetch-json'
import type { SetupLinkInfo } from '@/lib/schemas/access'

type State =
  | { kind: 'reading' }
  | { kind: 'unusable'; message: string }
  | { kind: 'ready'; token: string; link: SetupLinkInfo }
  | { kind: 'done'; email: string }

/** Reads the one-time link's token from the fragment, says what it is for, and uses it (POST /api/setup). */
export function SetupForm() {
  const [state, setState] = useState<State>({ kind: 'reading' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const token = /(?:^#|&)token=([A-Za-z0-9_-]{43})(?:&|$)/.exec(window.location.hash)?.[1]
    // The secret leaves the address bar (and so the history and any screenshot) as soon as it is read.
    window.history.replaceState(null, '', window.location.pathname)
    const describe = token
      ? fetchJson<SetupLinkInfo>('/api/setup/link', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token }),
        }).then((link) => ({ kind: 'ready' as const, token, link }))
      : Promise.reject(new Error('This page needs the whole one-time link, with its #token=… part.'))
    describe.then(setState, (failure: unknown) =>
      setState({ kind: 'unusable', message: failure instanceof Error ? failure.message : 'This link cannot be used.' }),
    )
  }, [])

  if (state.kind === 'reading') return <p className="muted">Checking the link…</p>
  if (state.kind === 'unusable')
    return (
      <p className="auth-error" role="alert">
        {state.message}
      </p>
    )
  if (state.kind === 'done') {
    return (
      <p>
        Done. <a href="/sign-in">Sign in</a> as {state.email}.
      </p>
    )
  }
  const { token, link } = state

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    if (form.get('password') !== form.get('confirm')) return setError('The two passwords differ.')
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
      setError(failure instanceof Error ? failure.message : 'That did not work.')
      setBusy(false)
    }
  }

  return (
    <form className="auth-form" onSubmit={submit}>
      <p className="muted">
        {link.purpose === 'first-admin'
          ? 'Create the first admin. This link works once.'
          : `Choose the password for ${link.email}. This link works once.`}
      </p>
      {link.purpose === 'first-admin' && (
        <>
          <div className="field">
            <label htmlFor="email">E-mail</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="name">Name</label>
            <input id="name" name="name" autoComplete="name" />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
        />
        <span className="hint">At least 12 characters.</span>
      </div>
      <div className="field">
        <label htmlFor="confirm">Password again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      </div>
      {error && (
        <p className="auth-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {link.purpose === 'first-admin' ? 'Create the admin' : 'Set the password'}
      </button>
    </form>
  )
}
