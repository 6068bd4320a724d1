// One incident, one story. The detectors look at one thing each (a function's retries, its keep-warm pings, the
// bill's usage types…), so a single retry storm is seen three times. An incident gathers the detections that share
// a subject and overlapping days, puts the root cause first and the rest as its symptoms, and counts the money once.
//
// The rules:
// - Detections of one function whose days overlap (transitively) are one incident.
// - A bill-level detection (a usage type's cost spike: no function) joins, in its account and region, the function
//   incident its days overlap with the largest extra cost (the bill shows that function's money); otherwise it joins
//   the other bill-level detections of its account, region and service whose days overlap.
// - A configuration risk is never part of an occurrence: it is a standing risk with a worst-case exposure, its own
//   incident (risk is not spend).
// - The root cause is the detection whose kind explains the others (CAUSE_ORDER), then the larger extra cost.
// - The extra cost is the largest of the detections', never their sum: each measures the same money from its own
//   angle (the function's metrics, its keep-warm pings, the bill).
// - The severity is the worst of the detections'.
import { type IsoDay, dateToDay } from '@/lib/domain/calendar'
import { maxSeverity } from '@/lib/domain/anomalies/severity'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { type Decimal, ZERO } from '@/lib/domain/money'

/** What grouping needs of a detection (stored or freshly detected). */
export type IncidentMember = {
  kind: AnomalyKind
  accountId: string
  region: string | null
  functionKey: string | null
  service: string | null
  /** ISO instants; `periodEnd` is exclusive. */
  periodStart: string
  periodEnd: string
  severity: Severity
  /** Measured extra cost (actual minus expected); zero for a configuration risk. */
  impactUsd: Decimal
  /** A configuration risk's worst-case monthly exposure; null for measured detections. */
  exposureUsd: Decimal | null
}

export type Incident<T extends IncidentMember> = {
  root: T
  symptoms: T[]
  severity: Severity
  /** Counted once: the largest extra cost among the detections. */
  extraCostUsd: Decimal
  exposureUsd: Decimal | null
  periodStart: string
  periodEnd: string
  firstDay: IsoDay
  lastDay: IsoDay
}

/**
 * Which kind explains which: a retry or timeout storm causes errors, keep-warm overruns and cost spikes; failures
 * come before what they cost; the bill's view of a function's money comes last.
 */
export const CAUSE_ORDER: readonly AnomalyKind[] = [
  'retry_amplification',
  'timeout_amplification',
  'error_spike',
  'throttle_spike',
  'duration_exceeds_wall_clock',
  'warmup_budget_overrun',
  'cost_spike',
  'config_risk',
]

export const RISK_KIND: AnomalyKind = 'config_risk'

/** Partitions detections into incidents, each with its root cause first; incidents largest extra cost first. */
export function groupIntoIncidents<T extends IncidentMember>(detections: readonly T[]): Incident<T>[] {
  const groups: T[][] = []
  const functionGroups: {
    members: T[]
    accountId: string
    region: string | null
    firstDay: IsoDay
    lastDay: IsoDay
  }[] = []
  const byFunction = new Map<string, T[]>()
  const billLevel: T[] = []
  for (const detection of detections) {
    if (detection.kind === RISK_KIND) groups.push([detection])
    else if (detection.functionKey !== null)
      byFunction.set(detection.functionKey, [...(byFunction.get(detection.functionKey) ?? []), detection])
    else billLevel.push(detection)
  }
  for (const members of byFunction.values()) {
    for (const run of overlappingRuns(members))
      functionGroups.push({ members: run, accountId: run[0]!.accountId, region: run[0]!.region, ...span(run) })
  }
  const unattached: T[] = []
  for (const detection of billLevel) {
    const days = daysOf(detection)
    const candidates = functionGroups.filter(
      (group) => group.accountId === detection.accountId && group.region === detection.region && overlaps(days, group),
    )
    const target = candidates.sort(
      (a, b) => largestImpact(b.members).comparedTo(largestImpact(a.members)) || a.firstDay.localeCompare(b.firstDay),
    )[0]
    if (target) target.members.push(detection)
    else unattached.push(detection)
  }
  const byScope = new Map<string, T[]>()
  for (const detection of unattached) {
    const scope = `${detection.accountId}|${detection.region}|${detection.service}`
    byScope.set(scope, [...(byScope.get(scope) ?? []), detection])
  }
  for (const members of byScope.values()) groups.push(...overlappingRuns(members))
  groups.push(...functionGroups.map((group) => group.members))
  return groups
    .map(summarizeIncident)
    .sort((a, b) => b.extraCostUsd.comparedTo(a.extraCostUsd) || b.periodStart.localeCompare(a.periodStart))
}

/** An incident from its detections (as grouped now, or as stored): root cause, symptoms, money counted once. */
export function summarizeIncident<T extends IncidentMember>(members: readonly T[]): Incident<T> {
  if (members.length === 0) throw new RangeError('An incident has at least one detection')
  const [root, ...symptoms] = [...members].sort(causeFirst)
  const exposures = members.flatMap((member) => (member.exposureUsd === null ? [] : [member.exposureUsd]))
  return {
    root: root!,
    symptoms,
    severity: maxSeverity(...members.map((member) => member.severity)),
    extraCostUsd: largestImpact(members),
    exposureUsd: exposures.length ? exposures.reduce((a, b) => (b.gt(a) ? b : a)) : null,
    periodStart: members.map((member) => member.periodStart).reduce((a, b) => (b < a ? b : a)),
    periodEnd: members.map((member) => member.periodEnd).reduce((a, b) => (b > a ? b : a)),
    ...span(members),
  }
}

function causeFirst(a: IncidentMember, b: IncidentMember): number {
  return (
    CAUSE_ORDER.indexOf(a.kind) - CAUSE_ORDER.indexOf(b.kind) ||
    // A function's own detection explains the bill's view of it.
    Number(a.functionKey === null) - Number(b.functionKey === null) ||
    b.impactUsd.comparedTo(a.impactUsd) ||
    a.periodStart.localeCompare(b.periodStart)
  )
}

/** Connected runs of detections whose days overlap, in time order. */
function overlappingRuns<T extends IncidentMember>(members: readonly T[]): T[][] {
  const runs: { members: T[]; lastDay: IsoDay }[] = []
  for (const member of [...members].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) {
    const days = daysOf(member)
    const last = runs.at(-1)
    if (last && days.firstDay <= last.lastDay) {
      last.members.push(member)
      if (days.lastDay > last.lastDay) last.lastDay = days.lastDay
    } else runs.push({ members: [member], lastDay: days.lastDay })
  }
  return runs.map((run) => run.members)
}

function daysOf(member: IncidentMember): { firstDay: IsoDay; lastDay: IsoDay } {
  return { firstDay: member.periodStart.slice(0, 10), lastDay: dateToDay(new Date(Date.parse(member.periodEnd) - 1)) }
}

function span(members: readonly IncidentMember[]): { firstDay: IsoDay; lastDay: IsoDay } {
  const days = members.map(daysOf)
  return {
    firstDay: days.map((d) => d.firstDay).reduce((a, b) => (b < a ? b : a)),
    lastDay: days.map((d) => d.lastDay).reduce((a, b) => (b > a ? b : a)),
  }
}

function overlaps(a: { firstDay: IsoDay; lastDay: IsoDay }, b: { firstDay: IsoDay; lastDay: IsoDay }): boolean {
  return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay
}

function largestImpact(members: readonly IncidentMember[]): Decimal {
  return members.reduce((largest, member) => (member.impactUsd.gt(largest) ? member.impactUsd : largest), ZERO)
}
