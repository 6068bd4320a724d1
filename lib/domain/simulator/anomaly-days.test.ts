import { describe, expect, it } from 'vitest'
import { anomalyDaysIn } from './anomaly-days'

describe('anomalyDaysIn', () => {
  it('lists the days open incidents cover inside the window, once each, with the incidents clipped to it', () => {
    const found = anomalyDaysIn(
      [
        { kind: 'retry_amplification', firstDay: '2026-10-03', lastDay: '2026-10-31' },
        { kind: 'cost_spike', firstDay: '2026-10-30', lastDay: '2026-11-02' },
        { kind: 'error_spike', firstDay: '2026-09-01', lastDay: '2026-09-30' },
      ],
      '2026-10-29',
      '2026-11-01',
      'exclude',
    )
    expect(found).toEqual({
      mode: 'exclude',
      days: ['2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'],
      anomalies: [
        { kind: 'retry_amplification', label: 'Retry amplification', from: '2026-10-29', to: '2026-10-31' },
        { kind: 'cost_spike', label: 'Cost spike', from: '2026-10-30', to: '2026-11-01' },
      ],
    })
  })

  it('ignores configuration risks: a worst case about the configuration, not something that happened on those days', () => {
    expect(
      anomalyDaysIn(
        [{ kind: 'config_risk', firstDay: '2026-01-01', lastDay: '2026-12-31' }],
        '2026-10-01',
        '2026-10-31',
        'include',
      ),
    ).toEqual({ mode: 'include', days: [], anomalies: [] })
  })
})
