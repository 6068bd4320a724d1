// A cost file billed in won (FOCUS BillingCurrency=KRW, CUR line_item_currency_code=KRW; AWS Korea invoices in
// won) is stored in USD like every other line, so that every view and total adds dollars to dollars: each amount
// is divided by the KRW per USD rate finance recorded for the line's billing period, and the won as billed are kept
// beside it with the rate, so the line can always be traced back to the invoice. A billing period without a
// recorded rate is not guessed: the caller refuses the file naming the month.
import { type IsoMonth, monthOf } from '@/lib/domain/calendar'
import { krwToUsd } from '@/lib/domain/fx/krw'
import type { MonthRates } from '@/lib/domain/fx/month-rates'
import { Decimal, toAmountString } from '@/lib/domain/money'
import { IMPORT_LIMITS, type ImportedLine } from './imported-line'

/** What the file billed, for a line converted from won. */
export type BilledInWon = { currency: 'KRW'; unblendedCost: string; amortizedCost: string; krwPerUsd: string }

export type LineInUsd = ImportedLine & { billed: BilledInWon | null }

/** The line in USD (a USD line as it is, billed: null), or the billing period's month when it has no rate. */
export function lineInUsd(
  line: ImportedLine,
  rates: MonthRates,
): { ok: true; line: LineInUsd } | { ok: false; missingMonth: IsoMonth } {
  if (line.currency === 'USD') return { ok: true, line: { ...line, billed: null } }
  const month = monthOf(line.billingPeriod)
  const rate = rates.get(month)
  if (!rate) return { ok: false, missingMonth: month }
  // Won ÷ rate rarely ends: kept to the 30 decimals a file line stores (a won-sized error of 1e-26 at most).
  const usd = (krw: string) =>
    toAmountString(krwToUsd(krw, rate.krwPerUsd).toDecimalPlaces(IMPORT_LIMITS.maxDecimals, Decimal.ROUND_HALF_UP))
  return {
    ok: true,
    line: {
      ...line,
      unblendedCost: usd(line.unblendedCost),
      amortizedCost: usd(line.amortizedCost),
      billed: {
        currency: 'KRW',
        unblendedCost: line.unblendedCost,
        amortizedCost: line.amortizedCost,
        krwPerUsd: rate.krwPerUsd,
      },
    },
  }
}
