import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { expectedSavings } from './schedule-savings'

const seoul = (id: string, type: string, group = 'api') => ({
  id,
  group,
  kind: 'ec2' as const,
  region: 'ap-northeast-2',
  type,
  engine: null,
})

describe('expectedSavings', () => {
  it("is the month's hours off × each server's hourly price, exactly, with the formula", () => {
    // December 2026 weekdays 09:30-22:00 in Seoul: 469 h off (hours-off.test.ts). t4g.small is $0.0208/h in Seoul:
    // 469 × 0.0208 = 9.7552; t4g.medium $0.0416/h: 19.5104; together 29.2656.
    const savings = expectedSavings(new Decimal(469), [
      seoul('i-api', 't4g.small'),
      seoul('i-batch', 't4g.medium', 'batch'),
    ])
    expect(savings.servers).toEqual([
      {
        id: 'i-api',
        group: 'api',
        kind: 'ec2',
        hourlyUsd: '0.0208',
        hoursOff: '469',
        savedUsd: '9.7552',
        formula: '469 h × $0.0208/h = $9.7552',
        missing: null,
      },
      {
        id: 'i-batch',
        group: 'batch',
        kind: 'ec2',
        hourlyUsd: '0.0416',
        hoursOff: '469',
        savedUsd: '19.5104',
        formula: '469 h × $0.0416/h = $19.5104',
        missing: null,
      },
    ])
    expect(savings.totalUsd).toBe('29.2656')
    expect(savings.formula).toBe('hours off in the month × on-demand hourly price')
  })

  it('keeps fractional hours exact (an extended night: 467.5 h)', () => {
    expect(expectedSavings(new Decimal('467.5'), [seoul('i-api', 't4g.small')]).servers[0]).toMatchObject({
      savedUsd: '9.724',
      formula: '467.5 h × $0.0208/h = $9.724',
    })
  })

  it('names a server without a rate and counts nothing for it', () => {
    const savings = expectedSavings(new Decimal(469), [seoul('i-api', 't4g.small'), seoul('i-big', 'x2iedn.32xlarge')])
    expect(savings.servers[1]).toMatchObject({
      id: 'i-big',
      savedUsd: null,
      hourlyUsd: null,
      missing: expect.stringMatching(/^No rate for EC2 x2iedn.32xlarge/),
    })
    expect(savings.totalUsd).toBe('9.7552')
  })

  it('lists what keeps billing while stopped for each kind of server present, and none for absent kinds', () => {
    const savings = expectedSavings(new Decimal(1), [seoul('i-api', 't4g.small')])
    expect(savings.keepsBilling.map((entry) => entry.kind)).toEqual(['ec2'])
    expect(savings.keepsBilling[0]!.items).toContain('EBS volumes and their snapshots')
    expect(savings.keepsBilling[0]!.items.join(' ')).toMatch(/public IPv4/)
    expect(expectedSavings(new Decimal(1), []).keepsBilling).toEqual([])
  })
})
