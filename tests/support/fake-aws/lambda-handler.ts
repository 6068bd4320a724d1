// Lambda's REST JSON API for reading configuration: ListFunctions (Marker paging), the event invoke config,
// provisioned and reserved concurrency, each from the fake account's configuration in force today.
import type { DatasetConfig } from '../../../lib/domain/demo/generate-dataset'
import type { FakeAccount, FakeFunction } from './fake-account'
import { AwsFault } from './faults'

type Context = { accountId: string; region: string }

export function handleLambda(
  account: FakeAccount,
  context: Context,
  method: string,
  url: URL,
  pageSize: number,
): unknown {
  if (method !== 'GET')
    throw new AwsFault(400, 'InvalidRequestContentException', 'The fake Lambda serves read operations only')
  const path = url.pathname.replace(/\/$/, '')
  if (path === '/2015-03-31/functions') return listFunctions(account, context, url, pageSize)
  const match =
    /^\/(2019-09-25|2019-09-30)\/functions\/([^/]+)\/(event-invoke-config|provisioned-concurrency|concurrency)$/.exec(
      path,
    )
  if (!match) throw new AwsFault(404, 'UnknownOperationException', `Unknown operation ${method} ${url.pathname}`)
  const name = decodeURIComponent(match[2]!)
  const fn = account.findFunction(context.accountId, context.region, name)
  if (!fn)
    throw new AwsFault(
      404,
      'ResourceNotFoundException',
      `Function not found: arn:aws:lambda:${context.region}:${context.accountId}:function:${name}`,
    )
  const config = account.currentConfig(fn)
  switch (match[3]) {
    case 'event-invoke-config':
      if (config.maxRetryAttempts === 2 && config.maxEventAgeSeconds === 21_600) {
        throw new AwsFault(404, 'ResourceNotFoundException', `The function ${fn.arn} doesn't have an EventInvokeConfig`)
      }
      return {
        FunctionArn: `${fn.arn}:$LATEST`,
        MaximumRetryAttempts: config.maxRetryAttempts,
        MaximumEventAgeInSeconds: config.maxEventAgeSeconds,
        LastModified: Date.parse(config.validFrom) / 1000,
        DestinationConfig: {},
      }
    case 'provisioned-concurrency':
      return {
        ProvisionedConcurrencyConfigs:
          config.provisionedConcurrency > 0
            ? [
                {
                  FunctionArn: `${fn.arn}:live`,
                  RequestedProvisionedConcurrentExecutions: config.provisionedConcurrency,
                  AllocatedProvisionedConcurrentExecutions: config.provisionedConcurrency,
                  AvailableProvisionedConcurrentExecutions: config.provisionedConcurrency,
                  Status: 'READY',
                  LastModified: lambdaTimestamp(config.validFrom),
                },
              ]
            : [],
      }
    default:
      return config.reservedConcurrency === null ? {} : { ReservedConcurrentExecutions: config.reservedConcurrency }
  }
}

function listFunctions(account: FakeAccount, context: Context, url: URL, pageSize: number) {
  const functions = account.functionsIn(context.accountId, context.region)
  const offset = url.searchParams.get('Marker')
    ? Number(Buffer.from(url.searchParams.get('Marker')!, 'base64url').toString('utf8'))
    : 0
  if (!Number.isInteger(offset)) throw new AwsFault(400, 'InvalidParameterValueException', 'Invalid marker')
  const size = Math.min(pageSize, Number(url.searchParams.get('MaxItems') ?? 50))
  const page = functions.slice(offset, offset + size)
  const next = offset + size < functions.length ? Buffer.from(String(offset + size)).toString('base64url') : undefined
  return { Functions: page.map((fn) => describe(fn, account.currentConfig(fn))), ...(next ? { NextMarker: next } : {}) }
}

function describe(fn: FakeFunction, config: DatasetConfig) {
  return {
    FunctionName: fn.name,
    FunctionArn: fn.arn,
    Runtime: config.runtime,
    Role: `arn:aws:iam::${fn.accountId}:role/${fn.name}-role`,
    Handler: 'index.handler',
    CodeSize: 1024,
    MemorySize: config.memoryMb,
    Timeout: config.timeoutSeconds,
    LastModified: lambdaTimestamp(config.validFrom),
    Version: '$LATEST',
    PackageType: config.packageType,
    Architectures: [config.architecture],
    EphemeralStorage: { Size: config.ephemeralStorageMb },
    ...(config.hasFailureDestination
      ? { DeadLetterConfig: { TargetArn: `arn:aws:sqs:${fn.region}:${fn.accountId}:${fn.name}-dlq` } }
      : {}),
  }
}

/** Lambda's own format: `2026-11-20T10:00:00.000+0000`. */
function lambdaTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000')
}
