/** A rate the card does not have. Thrown instead of pricing at zero, so a gap in the card is never a silent $0. */
export class MissingRateError extends Error {
  override readonly name = 'MissingRateError'

  constructor(
    readonly region: string,
    readonly item: string,
    readonly rateCardVersion: string,
  ) {
    super(`No rate for ${item} in ${region} (rate card ${rateCardVersion})`)
  }
}
