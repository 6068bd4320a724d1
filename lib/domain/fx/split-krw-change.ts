// A month-over-month change in won mixes two things: the dollars spent changed (usage) and the rate changed
// (FX). Finance must not read a weaker won as more usage, so the change is split: usage is the change in
// dollars at the previous month's rate, FX is this month's dollars times the change in rate. The two parts add
// up to the change exactly: cur×r₁ − prev×r₀ = (cur − prev)×r₀ + cur×(r₁ − r₀).
import { type Decimal, type DecimalInput, toDecimal } from '../money'
import { roundToWon, usdToKrw } from './krw'

export type KrwChange = {
  previousKrw: Decimal
  currentKrw: Decimal
  changeKrw: Decimal
  usageKrw: Decimal
  fxKrw: Decimal
}

export function splitKrwChange(input: {
  previousUsd: DecimalInput
  currentUsd: DecimalInput
  previousKrwPerUsd: DecimalInput
  currentKrwPerUsd: DecimalInput
}): KrwChange {
  const previousUsd = toDecimal(input.previousUsd)
  const currentUsd = toDecimal(input.currentUsd)
  const previousRate = toDecimal(input.previousKrwPerUsd)
  const currentRate = toDecimal(input.currentKrwPerUsd)
  const previousKrw = usdToKrw(previousUsd, previousRate)
  const currentKrw = usdToKrw(currentUsd, currentRate)
  return {
    previousKrw,
    currentKrw,
    changeKrw: currentKrw.minus(previousKrw),
    usageKrw: currentUsd.minus(previousUsd).times(previousRate),
    fxKrw: currentUsd.times(currentRate.minus(previousRate)),
  }
}

/**
 * The split as whole won that still add up on screen: the change is the difference of the two rounded totals
 * (what the page shows), usage is rounded once, and FX takes the remainder, so a reader's sum never misses a won.
 */
export function roundKrwChange(change: KrwChange): {
  previousKrw: Decimal
  currentKrw: Decimal
  changeKrw: Decimal
  usageKrw: Decimal
  fxKrw: Decimal
} {
  const previousKrw = roundToWon(change.previousKrw)
  const currentKrw = roundToWon(change.currentKrw)
  const changeKrw = currentKrw.minus(previousKrw)
  const usageKrw = roundToWon(change.usageKrw)
  return { previousKrw, currentKrw, changeKrw, usageKrw, fxKrw: changeKrw.minus(usageKrw) }
}
