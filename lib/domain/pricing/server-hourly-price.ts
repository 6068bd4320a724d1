// What a server costs an hour while it runs, on demand, with the source and date of its rate: an EC2 instance
// (Linux, shared tenancy), an RDS DB instance (Single-AZ) or an Aurora cluster (the sum of its member instances,
// Aurora Standard). A server the card has no rate for says so instead of costing $0.
import { toAmountString, type Decimal, toDecimal } from '../money'
import { MissingRateError } from './missing-rate-error'
import { databaseRateEntry, ec2RateEntry } from './rate-card'
import type { DatabaseEngine, Rate, RateStatus } from './rate-card-types'

export type ServerToPrice = {
  kind: 'ec2' | 'rds' | 'aurora'
  region: string
  /** EC2: the instance type; RDS: the DB instance class. */
  type: string
  engine: string | null
  /** Aurora: its member instances' classes. */
  memberClasses?: readonly string[]
}

export type ServerHourlyPrice =
  | { hourlyUsd: string; source: string; status: RateStatus; asOf: string; missing: null }
  | { hourlyUsd: null; source: null; status: null; asOf: null; missing: string }

export function serverHourlyPrice(server: ServerToPrice): ServerHourlyPrice {
  try {
    const rates = ratesOf(server)
    if (rates.length === 0) return missing('An Aurora cluster without instances has no instance price.')
    const total = rates.reduce<Decimal>((sum, rate) => sum.plus(toDecimal(rate.usd)), toDecimal(0))
    // A cluster's rates share their source; its least certain status and oldest reading stand for the sum.
    const status = rates.some((rate) => rate.status === 'unconfirmed')
      ? 'unconfirmed'
      : rates.some((rate) => rate.status === 'secondary')
        ? 'secondary'
        : 'verified'
    const asOf = rates.map((rate) => rate.asOf).sort()[0]!
    return { hourlyUsd: toAmountString(total), source: rates[0]!.source, status, asOf, missing: null }
  } catch (error) {
    if (error instanceof MissingRateError) return missing(`${error.message}: no hourly price shown.`)
    throw error
  }
}

function ratesOf(server: ServerToPrice): Rate[] {
  if (server.kind === 'ec2') return [ec2RateEntry(server.region, server.type)]
  const engine = server.engine as DatabaseEngine
  if (server.kind === 'rds')
    return [databaseRateEntry(server.region, { engine, deployment: 'single-az', instanceClass: server.type })]
  return (server.memberClasses ?? []).map((instanceClass) =>
    databaseRateEntry(server.region, { engine, deployment: 'aurora-standard', instanceClass }),
  )
}

function missing(reason: string): ServerHourlyPrice {
  return { hourlyUsd: null, source: null, status: null, asOf: null, missing: reason }
}
