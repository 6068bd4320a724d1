'use client'

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { formatDay } from '@/lib/format'
import { fetchJson } from '@/lib/query/fetch-json'
import type { DemoDataStatus } from '@/lib/schemas/demo-data'

export function DemoDataPanel({ initialStatus }: { initialStatus: DemoDataStatus }) {
  const [status, setStatus] = useState(initialStatus)
  const router = useRouter()
  const queryClient = useQueryClient()
  const change = useMutation({
    mutationFn: (method: 'POST' | 'DELETE') => fetchJson<DemoDataStatus>('/api/demo-data', { method }),
    onSuccess: (next) => {
      setStatus(next)
      // Every page's data changed: drop cached queries and re-render server components.
      queryClient.clear()
      router.refresh()
    },
  })
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
      <div className="toolbar">
        {status.present ? (
          <button
            type="button"
            className="button button-danger"
            disabled={change.isPending}
            onClick={() => {
              if (window.confirm('Remove all demo accounts and their data?')) change.mutate('DELETE')
            }}
          >
            {change.isPending ? 'Removing…' : 'Remove demo data'}
          </button>
        ) : (
          <button type="button" className="button" disabled={change.isPending} onClick={() => change.mutate('POST')}>
            {change.isPending ? 'Loading…' : 'Load demo data'}
          </button>
        )}
      </div>
      {change.isError && (
        <p className="state-error" role="alert">
          {change.error.message}
        </p>
      )}
    </section>
  )
}
