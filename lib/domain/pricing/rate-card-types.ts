import type { Architecture } from '../functions/function-config'
import type { LambdaMeter } from './types'

/**
 * verified: read in an AWS-owned page; secondary: only in third-party copies of AWS data;
 * unconfirmed: no source found, a believed or assumed value (the note says which).
 */
export type RateStatus = 'verified' | 'secondary' | 'unconfirmed'

/** Prices are decimal strings so the card never passes through binary floating point; `asOf` is when the source was read. */
export type Rate = { usd: string; source: string; status: RateStatus; note?: string; asOf: string }

/** `upToGbSeconds` is the cumulative monthly GB-s where the tier ends; null = no upper bound. */
export type DurationTier = { upToGbSeconds: string | null; rate: Rate }

export type LambdaArchitectureRates = Partial<Record<Exclude<LambdaMeter, 'duration'>, Rate>> & {
  durationTiers?: DurationTier[]
}

export type Ec2InstanceSpec = { vcpus: number; memoryGib: number }

/** Database engines an RDS or Aurora instance price is for. */
export type DatabaseEngine = 'postgres' | 'mysql' | 'mariadb' | 'aurora-postgresql' | 'aurora-mysql'
/** RDS: one instance or a Multi-AZ pair; Aurora: the storage configuration, which changes the instance price. */
export type DatabaseDeployment = 'single-az' | 'multi-az' | 'aurora-standard' | 'aurora-io-optimized'
/** Which database instance a price is for. */
export type DatabaseInstance = { engine: DatabaseEngine; deployment: DatabaseDeployment; instanceClass: string }

export type RateCard = {
  version: string
  effectiveDate: string
  currency: 'USD'
  freeTier: { requests: string; gbSeconds: string; source: string }
  /** INIT of on-demand ZIP functions on managed runtimes is billed as duration for usage on or after this date. */
  initBilling: { billedFrom: string; source: string }
  lambda: Record<string, Partial<Record<Architecture, LambdaArchitectureRates>>>
  ec2Instances: Record<string, Ec2InstanceSpec>
  /** On-demand Linux, shared tenancy, USD per hour, by region then instance type. */
  ec2Hourly: Record<string, Record<string, Rate>>
  /**
   * On-demand RDS and Aurora instances, USD per hour, by region, engine, deployment, then instance class (for the
   * schedules of EC2 and RDS servers). A rate the card lacks throws MissingRateError.
   */
  databaseHourly: Record<
    string,
    Partial<Record<DatabaseEngine, Partial<Record<DatabaseDeployment, Record<string, Rate>>>>>
  >
}
