'use client'

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ padding: 32, fontFamily: 'system-ui, sans-serif' }}>
          <h1>The dashboard failed to load</h1>
          <p>The server logged the cause. Reload, or check /api/health.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}
