// The AWS SDK clients, built lazily and only from the SDK's standard configuration: the default credential
// chain, AWS_PROFILE, AWS_REGION and the AWS_ENDPOINT_URL_<SERVICE> variables (read by the SDK itself).
// Throttling is retried by the SDK with backoff; adaptive mode also slows this worker down when AWS pushes back.
import 'server-only'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer'
import { EC2Client } from '@aws-sdk/client-ec2'
import { LambdaClient, type LambdaClientConfig } from '@aws-sdk/client-lambda'
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api'
import { RDSClient } from '@aws-sdk/client-rds'
import { STSClient } from '@aws-sdk/client-sts'

export type AwsClientOptions = {
  maxAttempts?: number
  retryMode?: 'standard' | 'adaptive'
  /** A hung connection becomes a (retried) timeout instead of a run that never ends. */
  requestTimeoutMs?: number
  /** Credentials other than the default chain's: a member account's assumed role. */
  credentials?: LambdaClientConfig['credentials']
}

export type AwsClients = {
  costExplorer(): CostExplorerClient
  cloudWatch(region: string): CloudWatchClient
  lambda(region: string): LambdaClient
  /** The Resource Groups Tagging API: every function's tags of a region in a few calls. */
  tagging(region: string): ResourceGroupsTaggingAPIClient
  ec2(region: string): EC2Client
  rds(region: string): RDSClient
  sts(): STSClient
  destroy(): void
}

export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const config = {
    maxAttempts: options.maxAttempts ?? 6,
    retryMode: options.retryMode ?? 'adaptive',
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 60_000, connectionTimeout: 10_000 },
    ...(options.credentials ? { credentials: options.credentials } : {}),
  }
  let costExplorer: CostExplorerClient | undefined
  let sts: STSClient | undefined
  const cloudWatch = new Map<string, CloudWatchClient>()
  const lambda = new Map<string, LambdaClient>()
  const tagging = new Map<string, ResourceGroupsTaggingAPIClient>()
  const ec2 = new Map<string, EC2Client>()
  const rds = new Map<string, RDSClient>()
  const cached = <C>(map: Map<string, C>, region: string, build: () => C): C => {
    const client = map.get(region) ?? build()
    map.set(region, client)
    return client
  }
  return {
    // Cost Explorer has a single endpoint, in us-east-1.
    costExplorer: () => (costExplorer ??= new CostExplorerClient({ ...config, region: 'us-east-1' })),
    cloudWatch: (region) => cached(cloudWatch, region, () => new CloudWatchClient({ ...config, region })),
    lambda: (region) => cached(lambda, region, () => new LambdaClient({ ...config, region })),
    tagging: (region) => cached(tagging, region, () => new ResourceGroupsTaggingAPIClient({ ...config, region })),
    ec2: (region) => cached(ec2, region, () => new EC2Client({ ...config, region })),
    rds: (region) => cached(rds, region, () => new RDSClient({ ...config, region })),
    // Any STS region issues credentials valid in every region (AWS_ENDPOINT_URL_STS overrides the endpoint).
    sts: () => (sts ??= new STSClient({ ...config, region: 'us-east-1' })),
    destroy() {
      costExplorer?.destroy()
      sts?.destroy()
      for (const client of [...cloudWatch.values(), ...lambda.values(), ...tagging.values()]) client.destroy()
      for (const client of [...cloudWatch.values(), ...lambda.values(), ...ec2.values(), ...rds.values()])
        client.destroy()
    },
  }
}
