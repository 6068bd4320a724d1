'use client'

import { useState } from 'react'
import { fetchJson } from '@/lib/query/fetch-json'
import { useCaller } from './caller-context'

/** Who is signed in, with which role, and signing out (of this browser or everywhere). */
export function UserMenu() {
  const caller = useCaller()
  const [busy, setBusy] = useState(false)
  if (!caller) return null

  async function signOut(everywhere: boolean) {
    setBusy(true)
    await fetchJson('/api/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ everywhere }) }).catch(() => undefined)
    window.location.assign('/sign-in')
  }

  return (
    <div className="user-menu" aria-label="Signed in">
      <span>{caller.name}</span>
      <span className="muted" data-testid="caller-role">
        {caller.email ?? 'API token'} · {caller.role}
      </span>
      {caller.kind === 'user' && (
        <>
          <button type="button" className="button" onClick={() => signOut(false)} disabled={busy}>
            Sign out
          </button>
          <button type="button" className="button" onClick={() => signOut(true)} disabled={busy}>
            Sign out everywhere
          </button>
        </>
      )}
    </div>
  )
}
