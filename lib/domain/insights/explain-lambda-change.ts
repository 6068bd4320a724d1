// "Lambda +$300" read as its causes: every function's change decomposition summed per driver, with the
// functions that contributed most to each. Exact: the drivers add up to the change of the estimates.
import { type Decimal, ZERO, roundToCents, toAmountString, toDecimal } from '@/lib/domain/money'
import { DRIVER_LABELS, type Decomposition, type Driver } from './decompose-change'

export type FunctionDecomposition = { functionId: number; name: string; decomposition: Decomposition }

export type DriverTotal = {
  driver: Driver
  label: string
  usd: string
  /** Less than half a cent: shown as $0.00, so it is listed apart rather than as a row of zeros. */
  negligible: boolean
  /** The functions whose part of this driver moved the cost by at least a cent, most first. */
  functions: { functionId: number; name: string; usd: string }[]
}

export type LambdaChangeExplanation = { previousUsd: string; currentUsd: string; changeUsd: string; drivers: DriverTotal[] }

const TOP_FUNCTIONS = 3

export function explainLambdaChange(items: readonly FunctionDecomposition[]): LambdaChangeExplanation {
  let previous = ZERO
  let current = ZERO
  const totals = new Map<Driver, { usd: Decimal; functions: { functionId: number; name: string; usd: Decimal }[] }>()
  for (const { functionId, name, decomposition } of items) {
    previous = previous.plus(decomposition.previousUsd)
    current = current.plus(decomposition.currentUsd)
    for (const part of decomposition.parts) {
      const usd = toDecimal(part.usd)
      const total = totals.get(part.driver) ?? { usd: ZERO, functions: [] }
      total.usd = total.usd.plus(usd)
      total.functions.push({ functionId, name, usd })
      totals.set(part.driver, total)
    }
  }
  const drivers = [...totals.entries()]
    .filter(([, total]) => !total.usd.isZero())
    .sort(([, a], [, b]) => b.usd.abs().comparedTo(a.usd.abs()))
    .map(([driver, total]) => {
      // Functions pushing in the driver's direction explain it; the others partly offset it.
      const direction = total.usd.isNegative() ? -1 : 1
      const functions = total.functions
        .filter((fn) => fn.usd.times(direction).isPositive() && !roundToCents(fn.usd).isZero())
        .sort((a, b) => b.usd.abs().comparedTo(a.usd.abs()) || a.name.localeCompare(b.name))
        .slice(0, TOP_FUNCTIONS)
        .map((fn) => ({ functionId: fn.functionId, name: fn.name, usd: toAmountString(fn.usd) }))
      return { driver, label: DRIVER_LABELS[driver], usd: toAmountString(total.usd), negligible: roundToCents(total.usd).isZero(), functions }
    })
  return { previousUsd: toAmountString(previous), currentUsd: toAmountString(current), changeUsd: toAmountString(current.minus(previous)), drivers }
}
