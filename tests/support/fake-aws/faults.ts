// What the fake AWS can be told to do wrong, and the error it answers with.
import type { ServerFaults } from './fake-servers'

export class AwsFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export type Service = 'ce' | 'cloudwatch' | 'lambda' | 'sts' | 'ec2' | 'rds' | 'tagging'

export type Faults = ServerFaults & {
  /** Share of calls (0..1) answered with the service's throttling error; deterministic for a given seed. */
  throttleShare?: number
  /** Limit throttling to these services (default: all). */
  throttleServices?: Service[]
  /** Share of CloudWatch series answered InternalError (without data) on a call. */
  internalErrorShare?: number
  /** Services whose calls are denied (AccessDeniedException naming the action). */
  denied?: Service[]
  /** Deny a service's calls once it has answered this many (a permission removed in the middle of a run). */
  denyAfter?: { service: Service; calls: number }
  /** Access key ids AWS does not recognise. */
  unknownAccessKeys?: string[]
  /** Cost Explorer answers DataUnavailableException. */
  costDataUnavailable?: boolean
  /** Once this many calls (as listed in `calls`) were answered, requests are accepted but never answered (a hung AWS). */
  hangAfterCalls?: number
  /** CloudWatch answers a page token it already gave (a pagination bug). */
  repeatCloudWatchToken?: boolean
  /** Member accounts whose role cannot be assumed (AccessDenied from sts:AssumeRole). */
  memberRoleDenied?: string[]
  /** Cost Explorer's DAILY answers leave out the lines of this usage type in this month (YYYY-MM); MONTHLY totals keep them. */
  dailyCostGroupMissing?: { month: string; usageType: string }
}
