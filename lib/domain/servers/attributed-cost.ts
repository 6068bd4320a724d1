// A server's cost in a month from Cost Explorer, where it can be attributed. Cost Explorer reports EC2 and RDS by
// usage type per account and region, never per instance: an EC2 instance's running hours are `BoxUsage:<type>`,
// an RDS Single-AZ DB instance's `InstanceUsage:<class>` (Aurora's members are billed under the same usage types,
// by member instance, never by cluster). A line names one server only when its account and region hold exactly
// one server of that type; otherwise its total belongs to several servers and is shown as shared, never split by
// a guess.
import { Decimal, toAmountString, toDecimal } from '../money'
import { parseUsageType } from '../regions'
import type { ServerKind } from './schedulable'

export const EC2_COMPUTE_SERVICE = 'Amazon Elastic Compute Cloud - Compute'
export const RDS_SERVICE = 'Amazon Relational Database Service'

/** One month's counted cost of a usage type in an account (its region is the usage type's prefix). */
export type MonthCostLine = { accountId: string; service: string; usageType: string; costUsd: string }

export type CostedServer = { kind: ServerKind; accountId: string; region: string; type: string }

export type AttributedCost =
  | { status: 'attributed'; usd: string; usageType: string }
  | { status: 'shared'; usd: string; usageType: string; servers: number }
  | { status: 'none'; usd: null; reason: string }

const METERS: Record<Exclude<ServerKind, 'aurora'>, { service: string; prefix: string }> = {
  ec2: { service: EC2_COMPUTE_SERVICE, prefix: 'BoxUsage:' },
  rds: { service: RDS_SERVICE, prefix: 'InstanceUsage:' },
}

/** Each server's month cost, in the order given. */
export function attributeMonthCosts<S extends CostedServer>(
  servers: readonly S[],
  lines: readonly MonthCostLine[],
): AttributedCost[] {
  const totals = new Map<string, { usd: Decimal; usageType: string }>()
  for (const line of lines) {
    const { region, base } = parseUsageType(line.usageType)
    const key = `${line.service}|${line.accountId}|${region}|${base}`
    const found = totals.get(key)
    totals.set(key, { usd: (found?.usd ?? new Decimal(0)).plus(toDecimal(line.costUsd)), usageType: line.usageType })
  }
  const sameType = new Map<string, number>()
  for (const server of servers) sameType.set(typeKey(server), (sameType.get(typeKey(server)) ?? 0) + 1)
  return servers.map((server) => {
    if (server.kind === 'aurora')
      return {
        status: 'none',
        usd: null,
        reason: 'Cost Explorer bills an Aurora cluster by member instance (RDS InstanceUsage), never by cluster.',
      }
    const meter = METERS[server.kind]
    const total = totals.get(`${meter.service}|${server.accountId}|${server.region}|${meter.prefix}${server.type}`)
    if (!total)
      return {
        status: 'none',
        usd: null,
        reason: `No ${meter.prefix}${server.type} cost in this account and region this month.`,
      }
    const count = sameType.get(typeKey(server))!
    if (count === 1) return { status: 'attributed', usd: toAmountString(total.usd), usageType: total.usageType }
    return { status: 'shared', usd: toAmountString(total.usd), usageType: total.usageType, servers: count }
  })
}

function typeKey(server: CostedServer): string {
  return `${server.kind}|${server.accountId}|${server.region}|${server.type}`
}
