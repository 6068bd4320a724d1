// The currencies an amount can be shown in. Amounts are USD at rest (Cost Explorer's unit); KRW is USD × the
// month's recorded rate (./krw.ts).
export const CURRENCIES = ['USD', 'KRW'] as const
export type Currency = (typeof CURRENCIES)[number]
