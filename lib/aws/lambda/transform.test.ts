import {
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListProvisionedConcurrencyConfigsCommand,
  type FunctionConfiguration,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { configHash } from '@/lib/domain/functions/config-hash'
import type { FunctionConfig } from '@/lib/domain/functions/function-config'
import { CallMeter } from '../call-meter'
import { createAwsClients } from '../clients'
import { listFunctionConfigs } from './list-function-configs'
import { parseLambdaTimestamp } from './transform'

// Shapes as the Lambda API model (2015-03-31) documents them.
const ordersApi: FunctionConfiguration & { FunctionArn: string } = {
  FunctionName: 'orders-api',
  FunctionArn: 'arn:aws:lambda:ap-northeast-2:123456789012:function:orders-api',
  Runtime: 'nodejs22.x',
  MemorySize: 512,
  Timeout: 29,
  Architectures: ['arm64'],
  PackageType: 'Zip',
  EphemeralStorage: { Size: 512 },
  LastModified: '2026-11-20T10:00:00.000+0000',
}
const embedder: FunctionConfiguration & { FunctionArn: string } = {
  FunctionName: 'recommender-embed-user',
  FunctionArn: 'arn:aws:lambda:ap-northeast-2:123456789012:function:recommender-embed-user',
  MemorySize: 2048,
  Timeout: 300,
  Architectures: ['arm64'],
  PackageType: 'Image',
  EphemeralStorage: { Size: 4096 },
  LastModified: '2026-10-03T10:00:00.000+0000',
  DeadLetterConfig: { TargetArn: 'arn:aws:sqs:ap-northeast-2:123456789012:dlq' },
}

const lambda = mockClient(LambdaClient)
const aws = createAwsClients()

beforeEach(() => lambda.reset())

describe('listFunctionConfigs', () => {
  it('pages ListFunctions by marker and completes each function with async, provisioned and reserved concurrency settings', async () => {
    lambda
      .on(ListFunctionsCommand)
      .resolvesOnce({ Functions: [ordersApi], NextMarker: 'page-2' })
      .resolvesOnce({ Functions: [embedder] })
    lambda
      .on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'orders-api' })
      .rejects(new ResourceNotFoundException({ message: 'The function has no event invoke config', $metadata: {} }))
    lambda
      .on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'recommender-embed-user' })
      .resolves({ MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 3600 })
    lambda.on(ListProvisionedConcurrencyConfigsCommand, { FunctionName: 'orders-api' }).resolves({
      ProvisionedConcurrencyConfigs: [
        {
          FunctionArn: `${ordersApi.FunctionArn}:live`,
          RequestedProvisionedConcurrentExecutions: 2,
          AllocatedProvisionedConcurrentExecutions: 2,
          Status: 'READY',
        },
        {
          FunctionArn: `${ordersApi.FunctionArn}:7`,
          RequestedProvisionedConcurrentExecutions: 1,
          Status: 'IN_PROGRESS',
        },
      ],
    })
    lambda
      .on(ListProvisionedConcurrencyConfigsCommand, { FunctionName: 'recommender-embed-user' })
      .resolves({ ProvisionedConcurrencyConfigs: [] })
    lambda
      .on(GetFunctionConcurrencyCommand, { FunctionName: 'orders-api' })
      .resolves({ ReservedConcurrentExecutions: 50 })
    lambda.on(GetFunctionConcurrencyCommand, { FunctionName: 'recommender-embed-user' }).resolves({})

    const meter = new CallMeter(0)
    const functions = await listFunctionConfigs(aws, meter, 'ap-northeast-2')
    expect(functions).toEqual([
      {
        accountId: '123456789012',
        region: 'ap-northeast-2',
        name: 'orders-api',
        arn: ordersApi.FunctionArn,
        lastModified: new Date('2026-11-20T10:00:00Z'),
        config: {
          memoryMb: 512,
          architecture: 'arm64',
          timeoutSeconds: 29,
          runtime: 'nodejs22.x',
          packageType: 'Zip',
          ephemeralStorageMb: 512,
          maxRetryAttempts: 2,
          maxEventAgeSeconds: 21_600,
          provisionedConcurrency: 3,
          reservedConcurrency: 50,
          hasFailureDestination: false,
        },
      },
      {
        accountId: '123456789012',
        region: 'ap-northeast-2',
        name: 'recommender-embed-user',
        arn: embedder.FunctionArn,
        lastModified: new Date('2026-10-03T10:00:00Z'),
        config: {
          memoryMb: 2048,
          architecture: 'arm64',
          timeoutSeconds: 300,
          runtime: null,
          packageType: 'Image',
          ephemeralStorageMb: 4096,
          maxRetryAttempts: 0,
          maxEventAgeSeconds: 3600,
          provisionedConcurrency: 0,
          reservedConcurrency: null,
          hasFailureDestination: true,
        },
      },
    ])
    expect(lambda.commandCalls(ListFunctionsCommand)[1]!.args[0].input.Marker).toBe('page-2')
    expect(meter.counts.lambda.calls).toBe(2 + 2 * 3)
  })

  it('hashes a configuration the same way the demo scenario does, so unchanged functions add no snapshot', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [ordersApi] })
    lambda
      .on(GetFunctionEventInvokeConfigCommand)
      .rejects(new ResourceNotFoundException({ message: 'none', $metadata: {} }))
    lambda.on(ListProvisionedConcurrencyConfigsCommand).resolves({ ProvisionedConcurrencyConfigs: [] })
    lambda.on(GetFunctionConcurrencyCommand).resolves({})
    const [observed] = await listFunctionConfigs(aws, new CallMeter(0), 'ap-northeast-2')
    const demoStyle: FunctionConfig = {
      memoryMb: 512,
      architecture: 'arm64',
      timeoutSeconds: 29,
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      ephemeralStorageMb: 512,
      maxRetryAttempts: 2,
      maxEventAgeSeconds: 21_600,
      provisionedConcurrency: 0,
      reservedConcurrency: null,
      hasFailureDestination: false,
    }
    expect(configHash(observed!.config)).toBe(configHash(demoStyle))
  })

  it('names the missing IAM action and rejects malformed answers', async () => {
    lambda.on(ListFunctionsCommand).rejects(
      Object.assign(new Error('User is not authorized to perform: lambda:ListFunctions'), {
        name: 'AccessDeniedException',
      }),
    )
    await expect(listFunctionConfigs(aws, new CallMeter(0), 'us-east-1')).rejects.toMatchObject({
      kind: 'access_denied',
      message: expect.stringContaining('lambda:ListFunctions'),
    })
    lambda.reset()
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ ...ordersApi, MemorySize: 64 }] })
    await expect(listFunctionConfigs(aws, new CallMeter(0), 'us-east-1')).rejects.toMatchObject({
      kind: 'invalid_response',
      message: expect.stringContaining('MemorySize'),
    })
  })

  it('reads Lambda timestamps, whose offset has no colon', () => {
    expect(parseLambdaTimestamp('2026-11-20T10:00:00.000+0900')).toEqual(new Date('2026-11-20T01:00:00Z'))
    expect(parseLambdaTimestamp(undefined)).toBeNull()
  })
})
