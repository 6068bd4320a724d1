// Lambda API answers → a function's configuration as the data model stores it. Each answer is validated; the
// account id comes from the function's ARN (the Lambda API only shows the caller's own account).
import 'server-only'
import { z } from 'zod'
import { ARCHITECTURES, type FunctionConfig } from '@/lib/domain/functions/function-config'
import { AwsSourceError } from '../errors'

const functionSchema = z.object({
  FunctionName: z.string().min(1),
  FunctionArn: z.string().regex(/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:/, 'expected a Lambda function ARN'),
  Runtime: z.string().optional(),
  MemorySize: z.number().int().min(128).max(10_240),
  Timeout: z.number().int().min(1).max(900),
  Architectures: z.array(z.enum(ARCHITECTURES)).optional(),
  PackageType: z.enum(['Zip', 'Image']).optional(),
  EphemeralStorage: z.object({ Size: z.number().int().min(512).max(10_240) }).optional(),
  LastModified: z.string().optional(),
  DeadLetterConfig: z.object({ TargetArn: z.string().optional() }).optional(),
})

export const listFunctionsPageSchema = z.object({
  Functions: z.array(functionSchema).default([]),
  NextMarker: z.string().optional(),
})

export const eventInvokeConfigSchema = z.object({
  MaximumRetryAttempts: z.number().int().min(0).max(2).optional(),
  MaximumEventAgeInSeconds: z.number().int().min(60).max(21_600).optional(),
  DestinationConfig: z.object({ OnFailure: z.object({ Destination: z.string().optional() }).optional() }).optional(),
})

export const provisionedConcurrencyPageSchema = z.object({
  ProvisionedConcurrencyConfigs: z
    .array(
      z.object({
        FunctionArn: z.string().optional(),
        RequestedProvisionedConcurrentExecutions: z.number().int().min(0).optional(),
      }),
    )
    .default([]),
  NextMarker: z.string().optional(),
})

export const functionConcurrencySchema = z.object({ ReservedConcurrentExecutions: z.number().int().min(0).optional() })

export type LambdaFunctionPage = z.infer<typeof listFunctionsPageSchema>
export type ListedFunction = LambdaFunctionPage['Functions'][number]
export type EventInvokeConfig = z.infer<typeof eventInvokeConfigSchema>

export function validate<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new AwsSourceError(
      'invalid_response',
      `Lambda sent an unexpected ${what} response (${issue.path.join('.')}: ${issue.message}); nothing was written.`,
    )
  }
  return result.data
}

export type ObservedFunction = {
  accountId: string
  region: string
  name: string
  arn: string
  lastModified: Date | null
  config: FunctionConfig
}

/** AWS's defaults when a function has no event invoke configuration: 2 retries, 6 hours. */
export const DEFAULT_EVENT_INVOKE_CONFIG: EventInvokeConfig = {
  MaximumRetryAttempts: 2,
  MaximumEventAgeInSeconds: 21_600,
}

export function toObservedFunction(
  region: string,
  fn: ListedFunction,
  extra: { eventInvoke: EventInvokeConfig | null; provisionedConcurrency: number; reservedConcurrency: number | null },
): ObservedFunction {
  const eventInvoke = extra.eventInvoke ?? DEFAULT_EVENT_INVOKE_CONFIG
  return {
    accountId: fn.FunctionArn.split(':')[4]!,
    region,
    name: fn.FunctionName,
    arn: fn.FunctionArn,
    lastModified: parseLambdaTimestamp(fn.LastModified),
    config: {
      memoryMb: fn.MemorySize,
      architecture: fn.Architectures?.[0] ?? 'x86_64',
      timeoutSeconds: fn.Timeout,
      // Container images have no managed runtime.
      runtime: fn.Runtime ?? null,
      packageType: fn.PackageType ?? 'Zip',
      ephemeralStorageMb: fn.EphemeralStorage?.Size ?? 512,
      maxRetryAttempts: eventInvoke.MaximumRetryAttempts ?? 2,
      maxEventAgeSeconds: eventInvoke.MaximumEventAgeInSeconds ?? 21_600,
      provisionedConcurrency: extra.provisionedConcurrency,
      reservedConcurrency: extra.reservedConcurrency,
      hasFailureDestination: Boolean(
        fn.DeadLetterConfig?.TargetArn || eventInvoke.DestinationConfig?.OnFailure?.Destination,
      ),
    },
  }
}

/** Lambda writes `2026-11-20T10:00:00.000+0000`; the offset lacks the colon ISO 8601 parsers expect. */
export function parseLambdaTimestamp(value: string | undefined): Date | null {
  if (!value) return null
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(date.getTime()) ? null : date
}
