// Next.js calls register() once when a server instance starts. The alert timer needs Node.js (database,
// sockets), so it is started only in the nodejs runtime; see lib/server/alerts/alert-timer.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startAlertTimer } = await import('./lib/server/alerts/alert-timer')
  startAlertTimer()
}
