'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { formatDay } from '@/lib/format'
import { demoDataWrites } from '@/lib/query/demo-data'
import { useWrite } from '@/lib/query/use-write'
import type { DemoDataStatus } from '@/lib/schemas/demo-data'

export function DemoDataPanel({ initialStatus }: { initialStatus: DemoDataStatus }) {
  const [status, setStatus] = useState(initialStatus)
  const router = useRouter()
  // The writes drop every cached query; the server components (banners, settings) render again too.
  const changed = {
    onSuccess: (next: DemoDataStatus) => {
      setStatus(next)
      router.refresh()
    },
  }
  const load = useWrite(demoDataWrites.load, changed)
  const remove = useWrite(demoDataWrites.remove, changed)
  const pending = load.isPending || remove.isPending
  const error = load.error ?? remove.error
  return (
    <section className="card" aria-labelledby="demo-title">
      <header>
        <h2 id="demo-title">Demo data</h2>
        <span className={`badge ${status.present ? 'badge-warn' : ''}`}>{status.present ? 'loaded' : 'not loaded'}</span>
      </header>
      {status.present ? (
        <p>
          A generated production and development account with known incidents
          {status.firstDay && status.lastDay ? `, ${formatDay(status.firstDay)} to ${formatDay(status.lastDay)}` : ''}. Remove it before
          you ingest your own account; your data is never touched.
        </p>
      ) : (
        <p className="muted">
          No demo data. {status.realAccounts > 0 ? `${status.realAccounts} real account(s) hold data.` : 'Load it to explore the dashboard.'}
        </p>
      )}
      <IfAllowed write={demoDataWrites.load}>
        <div className="toolbar">
          {status.present ? (
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm('Remove all demo accounts and their data?')) remove.mutate()
              }}
            >
              {pending ? 'Removing…' : 'Remove demo data'}
            </button>
          ) : (
            <button type="button" className="button" disabled={pending} onClick={() => load.mutate()}>
              {pending ? 'Loading…' : 'Load demo data'}
            </button>
          )}
        </div>
      </IfAllowed>
      {error && (
        <p className="state-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  )
}
