// Cost Explorer's GetCostAndUsage over the fake account's cost lines: filter expressions, up to two GroupBy
// dimensions, DAILY or MONTHLY periods clipped to the request, decimal-string amounts, page tokens.
import { type IsoDay, addDaysTo, eachDay } from '../../../lib/domain/calendar'
import { splitByMonth } from '../../../lib/domain/ingest/plan-windows'
import type { DatasetCostLine } from '../../../lib/domain/demo/generate-dataset'
import { type Decimal, ZERO } from '../../../lib/domain/money'
import type { FakeAccount } from './fake-account'
import { AwsFault } from './faults'

type Expression = {
  And?: Expression[]
  Or?: Expression[]
  Not?: Expression
  Dimensions?: { Key: string; Values: string[] }
}
type Request = {
  TimePeriod: { Start: string; End: string }
  Granularity: 'DAILY' | 'MONTHLY'
  Metrics: string[]
  GroupBy?: { Type: string; Key: string }[]
  Filter?: Expression
  NextPageToken?: string
}

const DIMENSIONS: Record<string, (line: DatasetCostLine) => string> = {
  LINKED_ACCOUNT: (line) => line.accountId,
  SERVICE: (line) => line.service,
  USAGE_TYPE: (line) => line.usageType,
  RECORD_TYPE: (line) => line.recordType,
  REGION: (line) => line.region,
}

const METRICS: Record<string, (line: DatasetCostLine) => string> = {
  UnblendedCost: (line) => line.unblendedCost,
  NetUnblendedCost: (line) => line.unblendedCost,
  AmortizedCost: (line) => line.amortizedCost,
  NetAmortizedCost: (line) => line.amortizedCost,
  UsageQuantity: (line) => line.usageQuantity,
}

export function getCostAndUsage(
  account: FakeAccount,
  request: Request,
  pageSize: number,
  dailyMissing?: { month: string; usageType: string },
) {
  const groupBy = request.GroupBy ?? []
  if (groupBy.length > 2) throw new AwsFault(400, 'ValidationException', 'GroupBy may have at most two dimensions')
  for (const group of groupBy)
    if (!DIMENSIONS[group.Key]) throw new AwsFault(400, 'ValidationException', `Unsupported GroupBy ${group.Key}`)
  for (const metric of request.Metrics)
    if (!METRICS[metric]) throw new AwsFault(400, 'ValidationException', `Unsupported metric ${metric}`)
  const from = request.TimePeriod.Start
  const to = addDaysTo(request.TimePeriod.End, -1)
  if (from > account.today)
    throw new AwsFault(400, 'ValidationException', 'Start date must be on or before the current date')

  const periods =
    request.Granularity === 'DAILY' ? eachDay(from, to).map((day) => ({ start: day, end: day })) : months(from, to)
  const missing = (line: DatasetCostLine) =>
    request.Granularity === 'DAILY' &&
    line.usageType === dailyMissing?.usageType &&
    line.day.startsWith(dailyMissing.month)
  const lines = account.costLines.filter(
    (line) => line.day >= from && line.day <= to && matches(request.Filter, line) && !missing(line),
  )
  const entries: { period: number; keys: string[]; metrics: Record<string, { Amount: string; Unit: string }> }[] = []
  const estimated: boolean[] = []
  periods.forEach((period, index) => {
    const groups = new Map<string, { keys: string[]; sums: Record<string, Decimal>; units: Set<string> }>()
    for (const line of lines) {
      if (line.day < period.start || line.day > period.end) continue
      if (line.estimated) estimated[index] = true
      const keys = groupBy.map((group) => DIMENSIONS[group.Key]!(line))
      const key = keys.join('\u0000')
      const entry = groups.get(key) ?? {
        keys,
        sums: Object.fromEntries(request.Metrics.map((m) => [m, ZERO])),
        units: new Set<string>(),
      }
      for (const metric of request.Metrics) entry.sums[metric] = entry.sums[metric]!.plus(METRICS[metric]!(line))
      entry.units.add(line.usageUnit)
      groups.set(key, entry)
    }
    for (const group of [...groups.values()].sort((a, b) => a.keys.join('/').localeCompare(b.keys.join('/')))) {
      entries.push({
        period: index,
        keys: group.keys,
        metrics: Object.fromEntries(
          request.Metrics.map((metric) => [
            metric,
            {
              Amount: amount(group.sums[metric]!),
              Unit: metric === 'UsageQuantity' ? (group.units.size === 1 ? [...group.units][0]! : 'N/A') : 'USD',
            },
          ]),
        ),
      })
    }
  })

  const fingerprint = JSON.stringify({ ...request, NextPageToken: undefined })
  const offset = request.NextPageToken ? readToken(request.NextPageToken, fingerprint) : 0
  const page = entries.slice(offset, offset + pageSize)
  const nextOffset = offset + pageSize
  // Like Cost Explorer, a page lists the periods its groups belong to; empty periods appear on the first page.
  const shown = new Set(page.map((entry) => entry.period))
  const resultsByTime = periods
    .map((period, index) => ({ period, index }))
    .filter(({ index }) => shown.has(index) || (offset === 0 && !entries.some((entry) => entry.period === index)))
    .map(({ period, index }) => ({
      TimePeriod: { Start: period.start, End: addDaysTo(period.end, 1) },
      Total: {},
      Groups: page
        .filter((entry) => entry.period === index)
        .map((entry) => ({ Keys: entry.keys, Metrics: entry.metrics })),
      Estimated: estimated[index] ?? false,
    }))
  const accounts = groupBy.some((group) => group.Key === 'LINKED_ACCOUNT')
    ? account.accounts
        .filter((a) => page.some((entry) => entry.keys.includes(a.id)))
        .map((a) => ({ Value: a.id, Attributes: { description: a.name } }))
    : []
  return {
    ...(nextOffset < entries.length
      ? { NextPageToken: Buffer.from(JSON.stringify({ offset: nextOffset, fingerprint })).toString('base64url') }
      : {}),
    GroupDefinitions: groupBy,
    ResultsByTime: resultsByTime,
    DimensionValueAttributes: accounts,
  }
}

function months(from: IsoDay, to: IsoDay): { start: IsoDay; end: IsoDay }[] {
  return splitByMonth({ from, to }).map((piece) => ({ start: piece.from, end: piece.to }))
}

function matches(expression: Expression | undefined, line: DatasetCostLine): boolean {
  if (!expression) return true
  if (expression.And) return expression.And.every((e) => matches(e, line))
  if (expression.Or) return expression.Or.some((e) => matches(e, line))
  if (expression.Not) return !matches(expression.Not, line)
  if (expression.Dimensions) {
    const read = DIMENSIONS[expression.Dimensions.Key]
    if (!read)
      throw new AwsFault(400, 'ValidationException', `Unsupported filter dimension ${expression.Dimensions.Key}`)
    return expression.Dimensions.Values.includes(read(line))
  }
  throw new AwsFault(400, 'ValidationException', 'Expression has no root')
}

function readToken(token: string, fingerprint: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      offset: number
      fingerprint: string
    }
    if (parsed.fingerprint !== fingerprint)
      throw new AwsFault(400, 'RequestChangedException', 'Your request parameters changed between pages.')
    return parsed.offset
  } catch (error) {
    if (error instanceof AwsFault) throw error
    throw new AwsFault(400, 'InvalidNextTokenException', 'The pagination token is invalid.')
  }
}

function amount(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed()
}
