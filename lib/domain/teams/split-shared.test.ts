import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { splitShared, validateSharedSplit } from './split-shared'
import { TeamRulesError, UNALLOCATED } from './team-rules'

const direct = new Map([
  ['search', new Decimal('600')],
  ['recsys', new Decimal('300')],
  ['data', new Decimal('100')],
  [UNALLOCATED, new Decimal('50')],
])
const asStrings = (shares: Map<string, Decimal>) =>
  Object.fromEntries([...shares].map(([team, share]) => [team, share.toFixed()]))

describe('shared cost split', () => {
  it('even: $100.00 over three teams is 33.34 + 33.33 + 33.33, the extra cent to the first by name', () => {
    expect(asStrings(splitShared('100.00', direct, { method: 'even' }))).toEqual({
      data: '33.34',
      recsys: '33.33',
      search: '33.33',
    })
  })

  it('proportional to direct cost (600:300:100), unallocated takes no share', () => {
    expect(asStrings(splitShared('10', direct, { method: 'proportional' }))).toEqual({
      data: '1',
      recsys: '3',
      search: '6',
    })
    // $0.07 at 60/30/10 → 4.2, 2.1, 0.7 cents: floors 4, 2, 0 and the last cent to the largest remainder (data, 0.7).
    expect(asStrings(splitShared('0.07', direct, { method: 'proportional' }))).toEqual({
      data: '0.01',
      recsys: '0.02',
      search: '0.04',
    })
  })

  it('keeps the pool’s own precision: sub-cent pools split in their last decimal and add up exactly', () => {
    const shares = splitShared('0.0000001', direct, { method: 'even' })
    expect(asStrings(shares)).toEqual({ data: '0.0000001', recsys: '0', search: '0' })
    const odd = splitShared('123.4567891', direct, { method: 'proportional' })
    expect([...odd.values()].reduce((total, share) => total.plus(share), new Decimal(0)).toFixed()).toBe('123.4567891')
  })

  it('fixed percentages, including a team with no direct cost', () => {
    const split = validateSharedSplit({
      method: 'fixed',
      percentages: { search: '50', ops: '33.3333', recsys: '16.6667' },
    })
    expect(asStrings(splitShared('300', direct, split))).toEqual({ ops: '100', recsys: '50', search: '150' })
    // 300 × 33.3333% = 99.99990, 300 × 16.6667% = 50.00010: in cents 9999.99 and 5000.01 → floors 9999 and 5000,
    // the leftover cent to ops (remainder .99).
  })

  it('a credit (negative pool) splits like a charge, with the sign kept', () => {
    expect(asStrings(splitShared('-1.00', direct, { method: 'even' }))).toEqual({
      data: '-0.34',
      recsys: '-0.33',
      search: '-0.33',
    })
  })

  it('proportional without any positive direct cost is even; with no team the pool stays unallocated', () => {
    const credits = new Map([
      ['a', new Decimal('-5')],
      ['b', new Decimal('0')],
    ])
    expect(asStrings(splitShared('1', credits, { method: 'proportional' }))).toEqual({ a: '0.5', b: '0.5' })
    expect(asStrings(splitShared('1', new Map([[UNALLOCATED, new Decimal(9)]]), { method: 'even' }))).toEqual({
      [UNALLOCATED]: '1',
    })
  })

  it('refuses fixed percentages that do not add up to 100 or are not percentages', () => {
    const refuse = (percentages: Record<string, string>, message: string) =>
      expect(() => validateSharedSplit({ method: 'fixed', percentages })).toThrow(new TeamRulesError(message))
    refuse({ a: '50', b: '49.99' }, 'the fixed percentages add up to 99.99%, not 100%')
    refuse({ a: '-5', b: '105' }, 'a: "-5" is not a percentage between 0 and 100')
    refuse({ a: '100.5' }, 'a: "100.5" is not a percentage between 0 and 100')
    refuse({ [UNALLOCATED]: '100' }, 'a fixed split cannot give a share to "unallocated"')
    refuse({}, 'a fixed split needs at least one team')
  })
})
