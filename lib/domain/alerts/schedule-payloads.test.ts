import { describe, expect, it } from 'vitest'
import { extendUrl, jsonSchedulePayload, type PayloadScheduleAlert, slackScheduleMessage } from './schedule-payloads'

const warning: PayloadScheduleAlert = {
  id: 7,
  kind: 'stop-warning',
  scheduleId: 3,
  scheduleName: 'Dev <team>',
  at: '2026-12-21T22:00:00+09:00',
  group: null,
  resourceIds: ['dev-aurora'],
  message: 'The servers stop at 22:00 KST on 2026-12-21, in 10 minute(s): db (dev-aurora).',
  extendPath: '/schedules/extend?token=abc.def',
}

describe('schedule alert payloads', () => {
  it('make the extend link absolute after the public address, or leave the path', () => {
    expect(extendUrl(warning, 'https://finops.example.com/')).toBe(
      'https://finops.example.com/schedules/extend?token=abc.def',
    )
    expect(extendUrl(warning, null)).toBe('/schedules/extend?token=abc.def')
    expect(extendUrl({ ...warning, kind: 'start-failed', extendPath: null }, 'https://x.example')).toBeNull()
  })

  it('put the title, the sentence and the working-late link in a Slack message, escaped', () => {
    const message = slackScheduleMessage(
      warning,
      'https://finops.example.com',
      'https://finops.example.com/schedules?id=3',
    )
    expect(message.text).toBe(`Schedule “Dev <team>”: servers stop soon — ${warning.message}`)
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Schedule “Dev &lt;team&gt;”: servers stop soon*\n${warning.message}\n<https://finops.example.com/schedules/extend?token=abc.def|Working late? Move tonight's stop>`,
      },
    })
    expect(message.blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '<https://finops.example.com/schedules?id=3|Open the schedule in Lambda FinOps>' },
      ],
    })
    const relative = slackScheduleMessage(warning, null, null)
    expect(relative.blocks).toHaveLength(1)
    expect(relative.blocks[0]!.text!.text).toContain('Open /schedules/extend?token=abc.def on the dashboard')
  })

  it('send the alert as JSON with its rule and links', () => {
    expect(jsonSchedulePayload(warning, { id: 1, name: 'ops' }, 'https://f.example', null)).toEqual({
      type: 'schedule',
      rule: { id: 1, name: 'ops' },
      link: null,
      title: 'Schedule “Dev <team>”: servers stop soon',
      extendUrl: 'https://f.example/schedules/extend?token=abc.def',
      alert: warning,
    })
  })
})
