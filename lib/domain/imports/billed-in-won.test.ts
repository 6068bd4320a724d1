import { describe, expect, it } from 'vitest'
import { monthRates } from '@/lib/domain/fx/month-rates'
import { lineInUsd } from './billed-in-won'
import type { ImportedLine } from './imported-line'

const LINE: ImportedLine = {
  currency: 'KRW',
  day: '2026-11-30',
  accountId: '111122223333',
  accountName: null,
  service: 'AWS Lambda',
  usageType: 'APN2-Lambda-GB-Second',
  region: 'ap-northeast-2',
  recordType: 'Usage',
  unblendedCost: '13852',
  amortizedCost: '1000',
  usageQuantity: '5',
  usageUnit: 'GB-Seconds',
  billingAccountId: '',
  billingPeriod: '2026-11-01',
}
const NOVEMBER = monthRates([
  { month: '2026-11', krwPerUsd: '1385.20', source: 'AWS invoice 2026-11', asOf: '2026-12-03' },
])

describe('a line billed in won', () => {
  it('is stored in USD at its billing period’s rate, the won as billed kept beside it', () => {
    const result = lineInUsd(LINE, NOVEMBER)
    expect(result.ok && result.line).toMatchObject({
      currency: 'KRW',
      unblendedCost: '10', // ₩13,852 ÷ 1,385.20 = $10 exactly
      // ₩1,000 ÷ 1,385.20 = 0.721917412647993069592838579266531…, kept to 30 decimals (half up)
      amortizedCost: '0.721917412647993069592838579267',
      usageQuantity: '5',
      billed: { currency: 'KRW', unblendedCost: '13852', amortizedCost: '1000', krwPerUsd: '1385.20' },
    })
  })

  it('takes the rate of the billing period, not of the usage day', () => {
    const result = lineInUsd({ ...LINE, day: '2026-10-31' }, NOVEMBER)
    expect(result.ok && result.line.unblendedCost).toBe('10')
    expect(lineInUsd({ ...LINE, billingPeriod: '2026-10-01' }, NOVEMBER)).toEqual({
      ok: false,
      missingMonth: '2026-10',
    })
  })

  it('leaves a USD line as it is', () => {
    expect(lineInUsd({ ...LINE, currency: 'USD' }, monthRates([]))).toEqual({
      ok: true,
      line: { ...LINE, currency: 'USD', billed: null },
    })
  })
})
