// What a schedule is expected to save in a month: for each server it stops, the hours it is off by the plan ×
// its on-demand hourly price (server-hourly-price.ts), with the formula. Only compute stops billing: what keeps
// billing while a server is stopped (its storage, backups, public IPv4 addresses) is listed beside and never
// counted as saved. A server without a rate is named with the missing rate and adds nothing.
import { Decimal, toAmountString, toDecimal } from '../money'
import { formatQuantity } from './format-formula'
import { serverHourlyPrice, type ServerToPrice } from './server-hourly-price'

export type ScheduledServer = ServerToPrice & { id: string; group: string }

export type ServerSavings =
  | {
      id: string
      group: string
      kind: ServerToPrice['kind']
      hourlyUsd: string
      hoursOff: string
      savedUsd: string
      formula: string
      missing: null
    }
  | {
      id: string
      group: string
      kind: ServerToPrice['kind']
      hourlyUsd: null
      hoursOff: string
      savedUsd: null
      formula: null
      missing: string
    }

export type ExpectedSavings = {
  hoursOff: string
  formula: string
  servers: ServerSavings[]
  /** The priced servers' savings, summed exactly. */
  totalUsd: string
  /** What keeps billing while the servers are stopped, per kind present: shown, never counted. */
  keepsBilling: { kind: ServerToPrice['kind']; items: string[] }[]
}

export const SAVINGS_FORMULA = 'hours off in the month × on-demand hourly price'

const KEEPS_BILLING: Record<ServerToPrice['kind'], string[]> = {
  ec2: [
    'EBS volumes and their snapshots',
    'public IPv4 addresses, Elastic IPs included',
    'NAT gateways and load balancers in front of it',
  ],
  rds: [
    'allocated storage and provisioned IOPS',
    'backup storage beyond the free allowance',
    'a DB instance AWS starts again after 7 days stopped runs (and bills) until it is stopped again',
  ],
  aurora: [
    'cluster storage and I/O',
    'backup storage beyond the free allowance',
    'a cluster AWS starts again after 7 days stopped runs (and bills) until it is stopped again',
  ],
}

/** `hoursOff` is the month's hours stopped by the plan (lib/domain/schedules/hours-off.ts). */
export function expectedSavings(hoursOff: Decimal, servers: readonly ScheduledServer[]): ExpectedSavings {
  const hours = toAmountString(hoursOff)
  const lines = servers.map((server): ServerSavings => {
    const price = serverHourlyPrice(server)
    const base = { id: server.id, group: server.group, kind: server.kind, hoursOff: hours }
    if (price.hourlyUsd === null)
      return { ...base, hourlyUsd: null, savedUsd: null, formula: null, missing: price.missing }
    const saved = hoursOff.times(toDecimal(price.hourlyUsd))
    return {
      ...base,
      hourlyUsd: price.hourlyUsd,
      savedUsd: toAmountString(saved),
      formula: `${formatQuantity(hoursOff)} h × $${price.hourlyUsd}/h = $${saved.toFixed()}`,
      missing: null,
    }
  })
  const total = lines.reduce(
    (sum, line) => (line.savedUsd === null ? sum : sum.plus(toDecimal(line.savedUsd))),
    new Decimal(0),
  )
  const kinds = (['ec2', 'rds', 'aurora'] as const).filter((kind) => servers.some((server) => server.kind === kind))
  return {
    hoursOff: hours,
    formula: SAVINGS_FORMULA,
    servers: lines,
    totalUsd: toAmountString(total),
    keepsBilling: kinds.map((kind) => ({ kind, items: KEEPS_BILLING[kind] })),
  }
}
