// "Lambda +$300" read as its causes: every function's change decomposition summed per driver, with the
// functions that contributed most to each. Exact: the drivers add up to the change of the estimates.
import { type DecimalInput, ZERO, roundToCents, toAmountString, toDecimal } from '@/lib/domain/money'
import { DRIVERS, DRIVER_LABELS, type Decomposition, type Driver } from './decompose-change'

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

export type LambdaChangeExplanation = {
  previousUsd: string
  currentUsd: string
  changeUsd: string
  drivers: DriverTotal[]
}

export const TOP_FUNCTIONS = 3

export function explainLambdaChange(items: readonly FunctionDecomposition[]): LambdaChangeExplanation {
  let previous = ZERO
  let current = ZERO
  const totals = new Map<Driver, DriverCandidates>()
  for (const { functionId, name, decomposition } of items) {
    previous = previous.plus(decomposition.previousUsd)
    current = current.plus(decomposition.currentUsd)
    for (const part of decomposition.parts) {
      const total = totals.get(part.driver) ?? { driver: part.driver, usd: ZERO, functions: [] }
      total.usd = toDecimal(total.usd).plus(part.usd)
      total.functions.push({ functionId, name, usd: part.usd })
      totals.set(part.driver, total)
    }
  }
  return explainDriverTotals({ previousUsd: previous, currentUsd: current, drivers: [...totals.values()] })
}

/** A driver's total over every function, and functions that may be among its top contributors. */
export type DriverCandidates = {
  driver: Driver
  usd: DecimalInput
  functions: { functionId: number; name: string; usd: DecimalInput }[]
}

/**
 * The explanation from each driver's total and candidate functions: every function, or (as the Overview reads
 * stored decompositions) only the TOP_FUNCTIONS largest parts of each sign, ties included, which hold every
 * function this picks. Drivers are ordered by size, ties in DRIVERS order.
 */
export function explainDriverTotals(input: {
  previousUsd: DecimalInput
  currentUsd: DecimalInput
  drivers: readonly DriverCandidates[]
}): LambdaChangeExplanation {
  const drivers = input.drivers
    .map((candidates) => ({ ...candidates, usd: toDecimal(candidates.usd) }))
    .filter((total) => !total.usd.isZero())
    .sort((a, b) => b.usd.abs().comparedTo(a.usd.abs()) || DRIVERS.indexOf(a.driver) - DRIVERS.indexOf(b.driver))
    .map((total) => {
      // Functions pushing in the driver's direction explain it; the others partly offset it.
      const direction = total.usd.isNegative() ? -1 : 1
      const functions = total.functions
        .map((fn) => ({ ...fn, usd: toDecimal(fn.usd) }))
        .filter((fn) => fn.usd.times(direction).isPositive() && !roundToCents(fn.usd).isZero())
        .sort((a, b) => b.usd.abs().comparedTo(a.usd.abs()) || a.name.localeCompare(b.name))
        .slice(0, TOP_FUNCTIONS)
        .map((fn) => ({ functionId: fn.functionId, name: fn.name, usd: toAmountString(fn.usd) }))
      return {
        driver: total.driver,
        label: DRIVER_LABELS[total.driver],
        usd: toAmountString(total.usd),
        negligible: roundToCents(total.usd).isZero(),
        functions,
      }
    })
  const previous = toDecimal(input.previousUsd)
  const current = toDecimal(input.currentUsd)
  return {
    previousUsd: toAmountString(previous),
    currentUsd: toAmountString(current),
    changeUsd: toAmountString(current.minus(previous)),
    drivers,
  }
}
