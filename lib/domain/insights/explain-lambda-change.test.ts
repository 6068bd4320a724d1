import { describe, expect, it } from 'vitest'
import { sum } from '@/lib/domain/money'
import type { Decomposition } from './decompose-change'
import { type DriverCandidates, TOP_FUNCTIONS, explainDriverTotals, explainLambdaChange } from './explain-lambda-change'

const decomposition = (
  previousUsd: string,
  currentUsd: string,
  parts: [Decomposition['parts'][number]['driver'], string][],
): Decomposition => ({
  previousUsd,
  currentUsd,
  changeUsd: String(Number(currentUsd) - Number(previousUsd)),
  parts: parts.map(([driver, usd]) => ({ driver, usd, sentence: '' })),
  dominant: null,
  previous: null,
  current: null,
})

describe('explainLambdaChange', () => {
  const explanation = explainLambdaChange([
    {
      functionId: 1,
      name: 'model',
      decomposition: decomposition('14.5', '310.25', [
        ['retries', '198.1'],
        ['duration', '94.05'],
        ['volume', '3.6'],
      ]),
    },
    {
      functionId: 2,
      name: 'orders-api',
      decomposition: decomposition('24.1', '26.2', [
        ['volume', '2.3'],
        ['duration', '-0.2'],
      ]),
    },
    { functionId: 3, name: 'old-job', decomposition: decomposition('1.2', '0', [['removed', '-1.2']]) },
    {
      functionId: 4,
      name: 'tiny',
      decomposition: decomposition('0.001', '0.004', [
        ['memory', '0.003'],
        ['volume', '0.004'],
        ['duration', '-0.004'],
      ]),
    },
  ])

  it('sums every function per driver, exactly, largest first', () => {
    expect(explanation.drivers.map((d) => [d.driver, d.usd, d.negligible])).toEqual([
      ['retries', '198.1', false],
      ['duration', '93.846', false],
      ['volume', '5.904', false],
      ['removed', '-1.2', false],
      ['memory', '0.003', true],
    ])
    expect(sum(explanation.drivers.map((d) => d.usd)).toFixed()).toBe('296.653')
    expect(explanation.changeUsd).toBe('296.653')
    expect(explanation.previousUsd).toBe('39.801')
  })

  it('names the functions behind each driver, only those pushing its way', () => {
    const duration = explanation.drivers.find((d) => d.driver === 'duration')!
    expect(duration.functions).toEqual([{ functionId: 1, name: 'model', usd: '94.05' }])
    expect(explanation.drivers.find((d) => d.driver === 'volume')!.functions.map((f) => f.name)).toEqual([
      'model',
      'orders-api',
    ])
    expect(explanation.drivers.find((d) => d.driver === 'removed')!.label).toBe('No longer running')
  })

  it('leaves out functions whose part is less than a cent', () => {
    expect(explanation.drivers.find((d) => d.driver === 'volume')!.functions.map((f) => f.name)).not.toContain('tiny')
    expect(explanation.drivers.find((d) => d.driver === 'memory')!.functions).toEqual([])
  })

  it('names the functions behind a decrease too, most first', () => {
    expect(explanation.drivers.find((d) => d.driver === 'removed')!.functions).toEqual([
      { functionId: 3, name: 'old-job', usd: '-1.2' },
    ])
  })

  it('leaves out a driver whose functions cancel out', () => {
    const cancelled = explainLambdaChange([
      { functionId: 1, name: 'a', decomposition: decomposition('1', '2', [['volume', '1']]) },
      { functionId: 2, name: 'b', decomposition: decomposition('2', '1', [['volume', '-1']]) },
    ])
    expect(cancelled.drivers).toEqual([])
    expect(cancelled.changeUsd).toBe('0')
  })

  it('orders drivers by size whatever order the functions bring them in', () => {
    const reordered = explainLambdaChange([
      {
        functionId: 1,
        name: 'a',
        decomposition: decomposition('0', '1.5', [
          ['memory', '0.5'],
          ['volume', '1'],
        ]),
      },
      { functionId: 2, name: 'b', decomposition: decomposition('3', '0', [['removed', '-3']]) },
    ])
    expect(reordered.drivers.map((d) => d.driver)).toEqual(['removed', 'volume', 'memory'])
  })

  it('names at most three functions, ties in name order', () => {
    const many = explainLambdaChange(
      ['delta', 'alpha', 'charlie', 'bravo'].map((name, index) => ({
        functionId: index + 1,
        name,
        decomposition: decomposition('0', '5', [['volume', index === 0 ? '6' : '5']]),
      })),
    )
    expect(many.drivers[0]!.functions.map((fn) => [fn.name, fn.usd])).toEqual([
      ['delta', '6'],
      ['alpha', '5'],
      ['bravo', '5'],
    ])
  })

  it('explains nothing when nothing changed', () => {
    expect(explainLambdaChange([]).drivers).toEqual([])
  })
})

describe('explainDriverTotals', () => {
  // What the Overview reads from stored decompositions: each driver's total, and per sign only the largest parts
  // (rank ≤ TOP_FUNCTIONS, ties included). It must pick what explainLambdaChange picks from every function.
  const items = ['delta', 'alpha', 'charlie', 'bravo', 'echo', 'foxtrot', 'golf'].map((name, index) => ({
    functionId: index + 1,
    name,
    decomposition: decomposition('1', '2', [
      ['volume', ['6', '5', '5', '5', '-7', '0.004', '1'][index]!],
      ['duration', ['-2', '-2', '0.5', '-0.001', '-3', '1', '-2'][index]!],
    ]),
  }))

  function candidates(): DriverCandidates[] {
    const byDriver = new Map<string, DriverCandidates>()
    for (const { functionId, name, decomposition: d } of items) {
      for (const part of d.parts) {
        const entry = byDriver.get(part.driver) ?? { driver: part.driver, usd: '0', functions: [] }
        entry.usd = sum([entry.usd, part.usd]).toFixed()
        entry.functions.push({ functionId, name, usd: part.usd })
        byDriver.set(part.driver, entry)
      }
    }
    // Keep per sign the parts ranked ≤ TOP_FUNCTIONS by size (equal sizes share a rank), as the SQL does.
    return [...byDriver.values()].map((entry) => ({
      ...entry,
      functions: entry.functions.filter((fn) => {
        const size = Math.abs(Number(fn.usd))
        const sameSign = entry.functions.filter((other) => Math.sign(Number(other.usd)) === Math.sign(Number(fn.usd)))
        return sameSign.filter((other) => Math.abs(Number(other.usd)) > size).length < TOP_FUNCTIONS
      }),
    }))
  }

  it('gives what explainLambdaChange gives from every function, from totals and the top parts of each sign', () => {
    const shortlisted = candidates()
    expect(shortlisted.find((d) => d.driver === 'volume')!.functions.length).toBeLessThan(items.length)
    expect(explainDriverTotals({ previousUsd: '7', currentUsd: '14', drivers: shortlisted })).toEqual(
      explainLambdaChange(items),
    )
  })

  it('orders drivers of the same size in the order of DRIVERS, whatever order they arrive in', () => {
    const drivers: DriverCandidates[] = [
      { driver: 'memory', usd: '2', functions: [] },
      { driver: 'volume', usd: '-2', functions: [] },
    ]
    expect(explainDriverTotals({ previousUsd: '0', currentUsd: '0', drivers }).drivers.map((d) => d.driver)).toEqual([
      'volume',
      'memory',
    ])
  })
})
