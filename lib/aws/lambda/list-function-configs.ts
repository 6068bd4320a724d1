// Every function of a region with its full configuration: ListFunctions (Marker paging), then per function its
// asynchronous invocation settings, provisioned concurrency (summed over aliases and versions) and reserved
// concurrency. Per-function calls run a few at a time; the SDK retries throttling.
import 'server-only'
import {
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  ListFunctionsCommand,
  ListProvisionedConcurrencyConfigsCommand,
} from '@aws-sdk/client-lambda'
import type { CallMeter } from '../call-meter'
import type { AwsClients } from '../clients'
import { AwsSourceError, toAwsSourceError } from '../errors'
import {
  type EventInvokeConfig,
  type ListedFunction,
  type ObservedFunction,
  eventInvokeConfigSchema,
  functionConcurrencySchema,
  listFunctionsPageSchema,
  provisionedConcurrencyPageSchema,
  toObservedFunction,
  validate,
} from './transform'

const CONCURRENT_REQUESTS = 4

export async function listFunctionConfigs(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  signal?: AbortSignal,
): Promise<ObservedFunction[]> {
  const listed = await listFunctions(aws, meter, region, signal)
  const observed: ObservedFunction[] = new Array(listed.length)
  let next = 0
  const worker = async () => {
    while (next < listed.length) {
      const index = next++
      const fn = listed[index]!
      const [eventInvoke, provisionedConcurrency, reservedConcurrency] = await Promise.all([
        getEventInvokeConfig(aws, meter, region, fn, signal),
        getProvisionedConcurrency(aws, meter, region, fn, signal),
        getReservedConcurrency(aws, meter, region, fn, signal),
      ])
      observed[index] = toObservedFunction(region, fn, { eventInvoke, provisionedConcurrency, reservedConcurrency })
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_REQUESTS, listed.length) }, worker))
  return observed
}

async function listFunctions(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  signal?: AbortSignal,
): Promise<ListedFunction[]> {
  const functions: ListedFunction[] = []
  const seen = new Set<string>()
  let marker: string | undefined
  do {
    const page = validate(
      listFunctionsPageSchema,
      await call(meter, 'lambda:ListFunctions', () =>
        aws.lambda(region).send(new ListFunctionsCommand({ Marker: marker, MaxItems: 50 }), { abortSignal: signal }),
      ),
      'ListFunctions',
    )
    functions.push(...page.Functions)
    marker = page.NextMarker || undefined
    if (marker !== undefined) {
      if (seen.has(marker))
        throw new AwsSourceError(
          'pagination',
          'ListFunctions returned the same marker twice; stopped to avoid a loop.',
          { action: 'lambda:ListFunctions' },
        )
      seen.add(marker)
    }
  } while (marker !== undefined)
  return functions
}

async function getEventInvokeConfig(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  fn: ListedFunction,
  signal?: AbortSignal,
): Promise<EventInvokeConfig | null> {
  try {
    const raw = await call(meter, 'lambda:GetFunctionEventInvokeConfig', () =>
      aws
        .lambda(region)
        .send(new GetFunctionEventInvokeConfigCommand({ FunctionName: fn.FunctionName }), { abortSignal: signal }),
    )
    return validate(eventInvokeConfigSchema, raw, 'GetFunctionEventInvokeConfig')
  } catch (error) {
    // No event invoke configuration: AWS's defaults apply.
    if (error instanceof AwsSourceError && (error.cause as Error | undefined)?.name === 'ResourceNotFoundException')
      return null
    throw error
  }
}

async function getProvisionedConcurrency(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  fn: ListedFunction,
  signal?: AbortSignal,
): Promise<number> {
  let total = 0
  let marker: string | undefined
  do {
    const raw = await call(meter, 'lambda:ListProvisionedConcurrencyConfigs', () =>
      aws
        .lambda(region)
        .send(new ListProvisionedConcurrencyConfigsCommand({ FunctionName: fn.FunctionName, Marker: marker }), {
          abortSignal: signal,
        }),
    )
    const page = validate(provisionedConcurrencyPageSchema, raw, 'ListProvisionedConcurrencyConfigs')
    total += page.ProvisionedConcurrencyConfigs.reduce(
      (sum, config) => sum + (config.RequestedProvisionedConcurrentExecutions ?? 0),
      0,
    )
    marker = page.NextMarker && page.NextMarker !== marker ? page.NextMarker : undefined
  } while (marker !== undefined)
  return total
}

async function getReservedConcurrency(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  fn: ListedFunction,
  signal?: AbortSignal,
): Promise<number | null> {
  const raw = await call(meter, 'lambda:GetFunctionConcurrency', () =>
    aws
      .lambda(region)
      .send(new GetFunctionConcurrencyCommand({ FunctionName: fn.FunctionName }), { abortSignal: signal }),
  )
  return validate(functionConcurrencySchema, raw, 'GetFunctionConcurrency').ReservedConcurrentExecutions ?? null
}

async function call<T extends { $metadata: { attempts?: number } }>(
  meter: CallMeter,
  action: string,
  send: () => Promise<T>,
): Promise<T> {
  meter.lambdaCall()
  try {
    const result = await send()
    meter.retried('lambda', result.$metadata?.attempts)
    return result
  } catch (error) {
    throw toAwsSourceError(error, action)
  }
}
