'use client'

// Rendered inside the dashboard layout, so the navigation stays usable when one page fails.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <h1>This page could not be loaded</h1>
      <p>{error.digest ? `The server logged the cause (reference ${error.digest}).` : error.message}</p>
      <p className="muted">If the database is down, /api/health says so.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
