// Webhook URLs carry their own credentials (Slack's path is the secret): show where it points, hide the rest.
export function maskWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const tail = parsed.pathname.replace(/\/+$/, '').slice(-4)
    return `${parsed.protocol}//${parsed.host}/…${tail ? tail : ''}`
  } catch {
    return '…'
  }
}
