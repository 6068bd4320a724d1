'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { fetchJson } from '@/lib/query/fetch-json'
import { useCaller } from './caller-context'

/** Who is signed in, with which role, and signing out (of this browser or everywhere). */
export function UserMenu() {
  const t = useTranslations('shell.user')
  const caller = useCaller()
  const [busy, setBusy] = useState(false)
  if (!caller) return null

  async function signOut(everywhere: boolean) {
    setBusy(true)
    await fetchJson('/api/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ everywhere }),
    }).catch(() => undefined)
    window.location.assign('/sign-in')
  }

  return (
    <div className="user-menu" aria-label={t('signedIn')}>
      <span>{caller.name}</span>
      <span className="muted" data-testid="caller-role">
        {caller.email ?? t('apiToken')} · {caller.role ? t(`roles.${caller.role}`) : '—'}
      </span>
      {caller.kind === 'user' && (
        <>
          <button type="button" className="button" onClick={() => signOut(false)} disabled={busy}>
            {t('signOut')}
          </button>
          <button type="button" className="button" onClick={() => signOut(true)} disabled={busy}>
            {t('signOutEverywhere')}
          </button>
        </>
      )}
    </div>
  )
}
