import { z } from 'zod'
import { ARCHITECTURES } from '@/lib/domain/functions/function-config'
import { simulationInputSchema } from '@/lib/domain/simulator/simulation-input'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount } from './common'
import { functionWorkloadOperations } from './function-workload'

const strategyName = z.enum(['on_demand', 'keep_warm', 'provisioned_concurrency', 'ec2'])
const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: 'Exact decimal string', example: '1296000' })

const lineItem = z.object({
  label: z.string(),
  meter: z.string(),
  quantity: decimalString,
  unit: z.string(),
  unitPriceUsd: amount,
  costUsd: amount,
  formula: z.string().meta({ description: 'How the cost was reached, in words and numbers.' }),
})

const strategyResult = z.object({
  strategy: strategyName,
  monthlyCostUsd: amount.meta({ description: 'Cost of the simulated period (`days`, 30 by default), unrounded.' }),
  lineItems: z.array(lineItem),
  coldStartsPerMonth: z
    .number()
    .meta({ description: 'Expected real requests that start an execution environment in the period.' }),
  coldStartShare: z.number().meta({ description: 'Share of real requests that hit a cold start (0 to 1).' }),
  viable: z.boolean().meta({
    description:
      'Whether the strategy carries the workload: false for an EC2 instance too small for peak concurrency × memory, keep-warm that leaves most requests cold, provisioned concurrency below the steady concurrency. Only a viable strategy can be `recommended`.',
  }),
  reasons: z
    .array(z.string())
    .meta({ description: 'Why the strategy is not viable, one sentence each; empty when it is.' }),
  warnings: z.array(z.string()),
  assumptions: z.array(z.string()),
  keepWarm: z
    .object({
      pingsPerMonth: z.number(),
      coldPingsPerMonth: z.number(),
      pingBilledDurationMs: z.number(),
      requiredSleepMs: z.number(),
      keepsEnvironmentsWarm: z.boolean(),
    })
    .optional(),
  provisioned: z
    .object({
      environmentHours: z.number(),
      requestsOnProvisioned: z.number(),
      spilloverRequests: z.number(),
      utilization: z.number(),
      breakEvenUtilization: z.number(),
    })
    .optional(),
  ec2: z
    .object({
      hours: z.number(),
      vcpus: z.number(),
      memoryGib: z.number(),
      requiredVcpus: z.number(),
      requiredMemoryGib: z.number(),
    })
    .optional(),
})

export const simulationResponse = z
  .object({
    input: z.record(z.string(), z.unknown()).meta({ description: 'The input with every default applied.' }),
    rateCardVersion: z.string(),
    strategies: z.array(strategyResult),
    unavailable: z.array(z.object({ strategy: strategyName, reason: z.string() })),
    cheapest: strategyName.nullable().meta({ description: 'The cheapest strategy, viable or not.' }),
    recommended: strategyName
      .nullable()
      .meta({ description: 'The cheapest viable strategy: the answer. Null when none of those compared is viable.' }),
    recommendedReason: z
      .string()
      .meta({ description: 'Why, in a sentence, naming any cheaper strategy passed over and what stops it.' }),
    breakEven: z.array(
      z.object({
        strategies: z.tuple([strategyName, strategyName]),
        requestsPerDay: z
          .number()
          .nullable()
          .meta({ description: 'First crossing between 0 and 10 million requests a day; null when none.' }),
        crossings: z.array(z.number()),
        cheaperBelow: strategyName.nullable(),
        cheaperAbove: strategyName.nullable(),
        intervals: z
          .array(
            z.object({
              fromRequestsPerDay: z.number(),
              toRequestsPerDay: z.number(),
              cheaper: strategyName.nullable(),
            }),
          )
          .meta({
            description:
              'Which of the two is cheaper between consecutive crossings, from 0 to 10 million requests a day (several when they cross several times); `cheaper` is null where they cost the same.',
          }),
      }),
    ),
    verdict: z.string().nullable(),
    assumptions: z.array(z.string()),
  })
  .meta({ id: 'SimulationResult' })

export const simulationRequest = simulationInputSchema.meta({
  id: 'SimulationInput',
  description:
    'A workload and the strategies to compare. `days` defaults to 30, `includeFreeTier` to false; `provisioned_concurrency.hoursPerDay` to 24, `ec2.hoursPerMonth` to 730 (always on).',
  example: {
    region: 'us-east-1',
    architecture: 'x86_64',
    memoryMb: 512,
    requestsPerDay: 500,
    avgDurationMs: 100,
    strategies: {
      on_demand: {},
      keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 },
      provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
    },
  },
})

export const simulatorReferenceResponse = z
  .object({
    rateCardVersion: z.string(),
    regions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        unavailable: z.array(z.object({ architecture: z.enum(ARCHITECTURES), strategy: strategyName })),
        ec2Instances: z.array(
          z.object({
            instanceType: z.string(),
            vcpus: z.number(),
            memoryGib: z.number(),
            hourlyUsd: amount,
            status: z.enum(['verified', 'secondary', 'unconfirmed']),
          }),
        ),
      }),
    ),
    architectures: z.array(z.enum(ARCHITECTURES)),
    strategies: z.array(z.object({ key: strategyName, label: z.string() })),
    defaults: z.record(z.string(), z.unknown()).meta({
      description: 'The scenario the simulator opens with (a valid SimulationInput) plus the model defaults.',
    }),
  })
  .meta({ id: 'SimulatorReference' })

const simulateOperations = [
  defineOperation({
    method: 'post',
    path: '/api/simulate',
    permission: 'read',
    summary: 'Compare on-demand, keep-warm pings, provisioned concurrency and EC2 for one workload',
    description:
      'Each strategy’s cost for the period with line items and formulas, cold starts, warnings, and where each pair of strategies breaks even. Amounts are exact decimal strings.',
    tags: ['simulator'],
    body: simulationRequest,
    responses: {
      200: { description: 'The comparison.', schema: simulationResponse },
      400: { description: 'The input is invalid; the message names each field.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/simulator/reference',
    permission: 'read',
    summary: 'Regions, architectures, EC2 instance types with prices, and the default scenario',
    tags: ['simulator'],
    responses: { 200: { description: 'Reference data from the rate card.', schema: simulatorReferenceResponse } },
  }),
]

/** Every simulator route: simulate, reference data, function workload and search. */
export const simulatorOperations = [...simulateOperations, ...functionWorkloadOperations]
