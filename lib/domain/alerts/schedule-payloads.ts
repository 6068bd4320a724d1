// What a webhook receives about a server schedule: a warning before a stop (with the link that extends it), a start
// or stop that failed after its retries (which server and AWS's reason), or a database RDS started on its own and
// the schedule stopped again. A Slack message or the alert as JSON. The schedule writes the sentence (`message`).
import { escape } from './webhook-payloads'

export const SCHEDULE_ALERT_KINDS = ['stop-warning', 'start-failed', 'stop-failed', 'restopped'] as const
export type ScheduleAlertKind = (typeof SCHEDULE_ALERT_KINDS)[number]

export type PayloadScheduleAlert = {
  id: number
  kind: ScheduleAlertKind
  scheduleId: number
  scheduleName: string
  /** ISO 8601 with the schedule's offset: the stop warned of, the action that failed, the minute of a restop. */
  at: string
  group: string | null
  resourceIds: string[]
  message: string
  /** A stop warning's extend page (/schedules/extend?token=…). */
  extendPath: string | null
}

const TITLES: Record<ScheduleAlertKind, string> = {
  'stop-warning': 'servers stop soon',
  'start-failed': 'a start failed',
  'stop-failed': 'a stop failed',
  restopped: 'a database RDS restarted was stopped again',
}

export function scheduleAlertTitle(alert: PayloadScheduleAlert): string {
  return `Schedule “${alert.scheduleName}”: ${TITLES[alert.kind]}`
}

/** The extend link, absolute when the dashboard's public address is known. */
export function extendUrl(alert: PayloadScheduleAlert, publicUrl: string | null): string | null {
  if (!alert.extendPath) return null
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${alert.extendPath}` : alert.extendPath
}

export function slackScheduleMessage(alert: PayloadScheduleAlert, publicUrl: string | null, link: string | null) {
  const title = scheduleAlertTitle(alert)
  const extend = extendUrl(alert, publicUrl)
  const lines = [`*${escape(title)}*`, escape(alert.message)]
  if (extend)
    lines.push(
      extend.startsWith('/')
        ? `Working late? Open ${escape(extend)} on the dashboard to move tonight's stop.`
        : `<${extend}|Working late? Move tonight's stop>`,
    )
  return {
    text: `${title} — ${alert.message}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
      ...(link
        ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `<${link}|Open the schedule in Lambda FinOps>` }] }]
        : []),
    ],
  }
}

export function jsonSchedulePayload(
  alert: PayloadScheduleAlert,
  rule: { id: number; name: string },
  publicUrl: string | null,
  link: string | null,
) {
  return {
    type: 'schedule',
    rule,
    link,
    title: scheduleAlertTitle(alert),
    extendUrl: extendUrl(alert, publicUrl),
    alert,
  }
}
