import { z } from 'zod'
import { ARCHITECTURES } from '../functions/function-config'
import { ec2Offers, lambdaRegions } from '../pricing/rate-catalog'

const number = (field: string) =>
  z.number({ error: `${field} must be a number` }).refine(Number.isFinite, `${field} must be a finite number`)
const whole = (field: string) => z.number({ error: `${field} must be a number` }).int(`${field} must be a whole number`)

const keepWarmSchema = z.object({
  intervalMinutes: number('strategies.keep_warm.intervalMinutes')
    .min(1, 'strategies.keep_warm.intervalMinutes must be at least 1 (EventBridge schedules have one-minute precision)')
    .max(1440, 'strategies.keep_warm.intervalMinutes must be at most 1440'),
  pingDurationMs: number('strategies.keep_warm.pingDurationMs')
    .min(1, 'strategies.keep_warm.pingDurationMs must be at least 1 ms (billing rounds up to 1 ms)')
    .max(900_000, 'strategies.keep_warm.pingDurationMs must be at most 900,000 (the 15-minute timeout)'),
  concurrency: whole('strategies.keep_warm.concurrency')
    .min(1, 'strategies.keep_warm.concurrency must be at least 1')
    .max(10_000, 'strategies.keep_warm.concurrency must be at most 10,000'),
})

const weeklyLevelSchema = z
  .object({
    days: z
      .array(
        whole('weekly.levels[].days[]')
          .min(0, 'weekly.levels[].days[] must be 0 (Sunday) to 6')
          .max(6, 'weekly.levels[].days[] must be 0 (Sunday) to 6'),
      )
      .min(1, 'weekly.levels[].days must name at least one day'),
    fromHour: whole('weekly.levels[].fromHour')
      .min(0, 'weekly.levels[].fromHour must be 0 to 23')
      .max(23, 'weekly.levels[].fromHour must be 0 to 23'),
    toHour: whole('weekly.levels[].toHour')
      .min(1, 'weekly.levels[].toHour must be 1 to 24')
      .max(24, 'weekly.levels[].toHour must be 1 to 24'),
    concurrency: whole('weekly.levels[].concurrency')
      .min(0, 'weekly.levels[].concurrency must not be negative')
      .max(10_000, 'weekly.levels[].concurrency must be at most 10,000'),
  })
  .refine((level) => level.fromHour < level.toHour, {
    message: 'weekly.levels[].fromHour must be before toHour',
    path: ['toHour'],
  })

const provisionedSchema = z
  .object({
    concurrency: whole('strategies.provisioned_concurrency.concurrency')
      .min(0, 'strategies.provisioned_concurrency.concurrency must not be negative')
      .max(10_000, 'strategies.provisioned_concurrency.concurrency must be at most 10,000')
      .optional(),
    hoursPerDay: number('strategies.provisioned_concurrency.hoursPerDay')
      .min(0, 'strategies.provisioned_concurrency.hoursPerDay must be between 0 and 24')
      .max(24, 'strategies.provisioned_concurrency.hoursPerDay must be between 0 and 24')
      .optional(),
    weekly: z
      .object({
        levels: z
          .array(weeklyLevelSchema)
          .max(50, 'strategies.provisioned_concurrency.weekly.levels must have at most 50 entries'),
        baseline: whole('strategies.provisioned_concurrency.weekly.baseline')
          .min(0, 'strategies.provisioned_concurrency.weekly.baseline must not be negative')
          .max(10_000, 'strategies.provisioned_concurrency.weekly.baseline must be at most 10,000'),
      })
      .optional(),
  })
  .refine((value) => (value.weekly === undefined) !== (value.concurrency === undefined), {
    message:
      'strategies.provisioned_concurrency needs either concurrency (with hoursPerDay, default 24) or a weekly schedule, not both',
  })

const ec2Schema = z.object({
  instanceType: z.string({ error: 'strategies.ec2.instanceType must be a string' }),
  hoursPerMonth: number('strategies.ec2.hoursPerMonth')
    .min(0, 'strategies.ec2.hoursPerMonth must not be negative')
    .max(744, 'strategies.ec2.hoursPerMonth must be at most 744 (31 days)')
    .optional(),
})

/**
 * What the simulator needs about one workload. Defaults (see SIMULATION_DEFAULTS) are applied by
 * resolveSimulationInput, so this schema validates without changing the value.
 */
export const simulationInputSchema = z
  .object({
    region: z.string({ error: 'region must be a string' }).refine((region) => lambdaRegions().includes(region), {
      error: (issue) =>
        `region "${String(issue.input)}" is not in the rate card (known: ${lambdaRegions().join(', ')})`,
    }),
    architecture: z.enum(ARCHITECTURES, { error: 'architecture must be "x86_64" or "arm64"' }),
    memoryMb: whole('memoryMb')
      .min(128, 'memoryMb must be at least 128')
      .max(10_240, 'memoryMb must be at most 10,240'),
    requestsPerDay: number('requestsPerDay')
      .min(0, 'requestsPerDay must not be negative')
      .max(1e9, 'requestsPerDay must be at most 1,000,000,000'),
    avgDurationMs: number('avgDurationMs')
      .min(1, 'avgDurationMs must be at least 1 (billing rounds up to 1 ms)')
      .max(900_000, 'avgDurationMs must be at most 900,000 (the 15-minute timeout)'),
    p99DurationMs: number('p99DurationMs')
      .min(1, 'p99DurationMs must be at least 1')
      .max(900_000, 'p99DurationMs must be at most 900,000')
      .optional(),
    hourlyProfile: z
      .array(number('hourlyProfile[]').min(0, 'hourlyProfile weights must not be negative'), {
        error: 'hourlyProfile must be an array of 24 numbers',
      })
      .length(24, 'hourlyProfile must have 24 entries, one per hour of the day')
      .refine((weights) => weights.some((weight) => weight > 0), 'hourlyProfile must have at least one positive weight')
      .optional(),
    initDurationMs: number('initDurationMs')
      .min(0, 'initDurationMs must not be negative')
      .max(900_000, 'initDurationMs must be at most 900,000')
      .optional(),
    idleLifetimeMinutes: number('idleLifetimeMinutes')
      .min(1, 'idleLifetimeMinutes must be at least 1')
      .max(240, 'idleLifetimeMinutes must be at most 240')
      .optional(),
    peakConcurrency: whole('peakConcurrency').min(0, 'peakConcurrency must not be negative').optional(),
    ephemeralStorageMb: whole('ephemeralStorageMb')
      .min(512, 'ephemeralStorageMb must be at least 512')
      .max(10_240, 'ephemeralStorageMb must be at most 10,240')
      .optional(),
    days: number('days').min(1, 'days must be at least 1').max(31, 'days must be at most 31').optional(),
    includeFreeTier: z.boolean({ error: 'includeFreeTier must be true or false' }).optional(),
    strategies: z
      .object(
        {
          on_demand: z.object({}).optional(),
          keep_warm: keepWarmSchema.optional(),
          provisioned_concurrency: provisionedSchema.optional(),
          ec2: ec2Schema.optional(),
        },
        { error: 'strategies must be an object' },
      )
      .refine(
        (strategies) => Object.values(strategies).some((value) => value !== undefined),
        'strategies must name at least one of on_demand, keep_warm, provisioned_concurrency, ec2',
      ),
  })
  .superRefine((input, context) => {
    if (input.p99DurationMs !== undefined && input.p99DurationMs < input.avgDurationMs) {
      context.addIssue({
        code: 'custom',
        path: ['p99DurationMs'],
        message: 'p99DurationMs must not be below avgDurationMs',
      })
    }
    const instanceType = input.strategies.ec2?.instanceType
    if (instanceType !== undefined && lambdaRegions().includes(input.region)) {
      const known = ec2Offers(input.region).map((offer) => offer.instanceType)
      // A region without instance prices leaves EC2 unavailable (and says so in the answer) rather than invalid.
      if (known.length > 0 && !known.includes(instanceType)) {
        context.addIssue({
          code: 'custom',
          path: ['strategies', 'ec2', 'instanceType'],
          message: `strategies.ec2.instanceType "${instanceType}" has no price in ${input.region} (known: ${known.join(', ')})`,
        })
      }
    }
  })

export type SimulationInput = z.infer<typeof simulationInputSchema>
