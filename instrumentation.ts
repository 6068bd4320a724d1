// Next.js calls register() once when a server instance starts. Alerts need Node.js (database, sockets), so they
// are set up only in the nodejs runtime: the secret key that seals webhook URLs is made sure of (and URLs stored
// in plain text are sealed) without holding up the start, then the alert timer starts; see lib/server/alerts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ startAlertTimer }, { sealWebhookUrlsAtStart }, { db }] = await Promise.all([
    import('./lib/server/alerts/alert-timer'),
    import('./lib/server/alerts/rule-webhook'),
    import('./lib/server/db/prisma'),
  ])
  void sealWebhookUrlsAtStart(db)
  startAlertTimer()
}
