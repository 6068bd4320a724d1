// A local AWS for tests and benchmarks: a real node:http server speaking the wire protocols the installed SDK
// clients use — Cost Explorer JSON 1.1 (X-Amz-Target AWSInsightsIndexService.*), CloudWatch JSON 1.0 in
// query-compatible mode (GraniteServiceVersion20100801.*), Lambda REST JSON, the Resource Groups Tagging API
// JSON 1.1 (ResourceGroupsTaggingAPI_20170126.*), EC2's and RDS's query protocols
// (XML; servers whose states move over time, fake-servers.ts) — reached through the standard
// AWS_ENDPOINT_URL_* variables — and STS's query protocol, for member accounts' roles. Requests must be
// SigV4-signed (the signature is not checked); the region comes from the credential scope, the account from the
// access key. Its data is a FakeAccount generated from the scenario language, and the servers it is given.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getMetricData } from './cloudwatch-handler'
import { getCostAndUsage } from './cost-explorer-handler'
import { ec2ErrorXml, handleEc2 } from './ec2-handler'
import type { FakeAccount } from './fake-account'
import { type FakeServerSpec, FakeServers, type ServerTimings } from './fake-servers'
import { AwsFault, type Faults, type Service } from './faults'
import { handleLambda } from './lambda-handler'
import { getResources } from './tagging-handler'
import { mulberry32 } from '../../../lib/domain/random'
import { handleRds, rdsErrorXml } from './rds-handler'
import { accountOfAccessKey, handleSts, stsErrorXml } from './sts-handler'

export type CallRecord = { service: Service; operation: string; region: string; status: number; accessKeyId: string }

export type FakeAwsOptions = {
  account: FakeAccount
  /** The account the credentials belong to: Lambda and CloudWatch show only its functions. */
  callerAccountId?: string
  /** The role STS lets the caller assume in every other account of the fake. Default: FinOpsReadOnly */
  memberRoleName?: string
  pageSizes?: {
    costGroups?: number
    functions?: number
    datapoints?: number
    servers?: number
    taggedResources?: number
  }
  faults?: Faults
  /** EC2 instances, RDS DB instances and Aurora clusters (default none). */
  servers?: FakeServerSpec[]
  /** How long a start or stop and an instance's status checks take (default 300 ms each). */
  serverTimings?: ServerTimings
  /** The servers' clock in milliseconds (default the monotonic clock): a test that must see a state that lasts
   * only until a transition ends moves time itself. */
  serverClock?: () => number
  seed?: number
}

export type FakeAws = {
  url: string
  /** Variables that point the standard SDK configuration at this server, with static fake credentials. */
  env: Record<string, string>
  calls: CallRecord[]
  /** CloudWatch series answered InternalError so far. */
  internalErrors: number
  faults: Faults
  account: FakeAccount
  servers: FakeServers
  callerAccountId: string
  close(): Promise<void>
}

const ACTIONS: Record<Exclude<Service, 'ec2' | 'rds'>, string> = {
  ce: 'ce:GetCostAndUsage',
  cloudwatch: 'cloudwatch:GetMetricData',
  lambda: 'lambda:ListFunctions',
  sts: 'sts:AssumeRole',
  tagging: 'tag:GetResources',
}
const JSON_TARGETS: [prefix: string, service: Service][] = [
  ['AWSInsightsIndexService.', 'ce'],
  ['ResourceGroupsTaggingAPI_20170126.', 'tagging'],
  ['GraniteServiceVersion20100801.', 'cloudwatch'],
]
const QUERY_SERVICES = ['sts', 'ec2', 'rds'] as const

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const pageSizes = {
    costGroups: 500,
    functions: 50,
    datapoints: 100_800,
    servers: 1000,
    taggedResources: 100,
    ...options.pageSizes,
  }
  const random = mulberry32(options.seed ?? 42)
  const hung: http.ServerResponse[] = []
  const fake: FakeAws = {
    url: '',
    env: {},
    calls: [],
    internalErrors: 0,
    faults: options.faults ?? {},
    account: options.account,
    servers: new FakeServers([]),
    callerAccountId: options.callerAccountId ?? options.account.accounts[0]!.id,
    close: async () => {},
  }
  fake.servers = new FakeServers(options.servers ?? [], options.serverTimings, fake.faults, options.serverClock)

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const target = request.headers['x-amz-target']
      const url = new URL(request.url ?? '/', 'http://fake')
      const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
        request.headers.authorization ?? '',
      )
      const queryService = QUERY_SERVICES.find((name) => name === scope?.[3])
      const service: Service =
        queryService ??
        (typeof target === 'string'
          ? (JSON_TARGETS.find(([prefix]) => target.startsWith(prefix))?.[1] ?? 'cloudwatch')
          : 'lambda')
      const operation = queryService
        ? (new URLSearchParams(body).get('Action') ?? '')
        : typeof target === 'string'
          ? target.split('.')[1]!
          : `${request.method} ${url.pathname}`
      const record: CallRecord = {
        service,
        operation,
        region: scope?.[2] ?? '',
        status: 200,
        accessKeyId: scope?.[1] ?? '',
      }
      fake.calls.push(record)
      if (
        fake.faults.hangAfterCalls !== undefined &&
        fake.calls.filter((call) => call.status !== 0).length > fake.faults.hangAfterCalls
      ) {
        record.status = 0
        hung.push(response)
        return
      }
      try {
        if (!scope) throw new AwsFault(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token')
        if (fake.faults.unknownAccessKeys?.includes(scope[1]!))
          throw new AwsFault(
            403,
            'UnrecognizedClientException',
            'The security token included in the request is invalid.',
          )
        const deniedNow =
          fake.faults.denyAfter?.service === service &&
          fake.calls.filter((call) => call !== record && call.service === service && call.status === 200).length >=
            fake.faults.denyAfter.calls
        if (fake.faults.denied?.includes(service) || deniedNow) {
          const action = service === 'ec2' || service === 'rds' ? `${service}:${operation}` : ACTIONS[service]
          if (service === 'ec2')
            throw new AwsFault(
              403,
              'UnauthorizedOperation',
              `You are not authorized to perform this operation. User: arn:aws:iam::${fake.callerAccountId}:user/finops-reader is not authorized to perform: ${action}`,
            )
          throw new AwsFault(
            403,
            service === 'rds' ? 'AccessDenied' : 'AccessDeniedException',
            `User: arn:aws:iam::${fake.callerAccountId}:user/finops-reader is not authorized to perform: ${action} because no identity-based policy allows the action`,
          )
        }
        const throttled =
          fake.faults.throttleShare &&
          (fake.faults.throttleServices ?? [service]).includes(service) &&
          random() < fake.faults.throttleShare
        if (throttled) {
          throw service === 'ce'
            ? new AwsFault(
                400,
                'LimitExceededException',
                'You made too many calls in a short period of time. Try again later.',
              )
            : service === 'cloudwatch'
              ? new AwsFault(400, 'ThrottlingException', 'Rate exceeded')
              : service === 'ec2'
                ? new AwsFault(503, 'RequestLimitExceeded', 'Request limit exceeded.')
                : service === 'rds'
                  ? new AwsFault(400, 'Throttling', 'Rate exceeded')
                  : service === 'tagging'
                    ? new AwsFault(400, 'ThrottledException', 'Rate exceeded')
                    : new AwsFault(429, 'TooManyRequestsException', 'Rate exceeded')
        }
        const context = { accountId: accountOfAccessKey(scope[1]!, fake.callerAccountId), region: scope[2]! }
        let result: unknown
        if (service === 'sts') {
          const answer = handleSts(
            {
              callerAccountId: fake.callerAccountId,
              accountIds: fake.account.accounts.map((a) => a.id),
              memberRoleName: options.memberRoleName ?? 'FinOpsReadOnly',
              deniedAccounts: fake.faults.memberRoleDenied ?? [],
            },
            scope[1]!,
            body,
          )
          response.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': crypto.randomUUID() })
          response.end(answer)
          return
        } else if (service === 'ec2' || service === 'rds') {
          const answer =
            service === 'ec2'
              ? handleEc2(fake.servers, context, body, pageSizes.servers)
              : handleRds(fake.servers, context, body, pageSizes.servers)
          response.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': crypto.randomUUID() })
          response.end(answer)
          return
        } else if (service === 'ce') {
          if (operation !== 'GetCostAndUsage') throw new AwsFault(400, 'UnknownOperationException', operation)
          if (fake.faults.costDataUnavailable)
            throw new AwsFault(400, 'DataUnavailableException', 'The requested data is unavailable.')
          result = getCostAndUsage(
            fake.account,
            JSON.parse(body),
            pageSizes.costGroups,
            fake.faults.dailyCostGroupMissing,
          )
        } else if (service === 'tagging') {
          if (operation !== 'GetResources') throw new AwsFault(400, 'UnknownOperationException', operation)
          result = getResources(fake.account, context, JSON.parse(body), pageSizes.taggedResources)
        } else if (service === 'cloudwatch') {
          if (operation !== 'GetMetricData') throw new AwsFault(400, 'UnknownOperationException', operation)
          const share = fake.faults.internalErrorShare ?? 0
          result = getMetricData(fake.account, context, JSON.parse(body), {
            pageDatapoints: pageSizes.datapoints,
            internalError: () => share > 0 && random() < share && ++fake.internalErrors > 0,
            repeatToken: fake.faults.repeatCloudWatchToken ?? false,
          })
        } else {
          result = handleLambda(fake.account, context, request.method ?? 'GET', url, pageSizes.functions)
        }
        send(response, service, 200, result)
      } catch (error) {
        const fault = error instanceof AwsFault ? error : new AwsFault(500, 'InternalFailure', (error as Error).message)
        record.status = fault.status
        sendError(response, service, fault)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.env = {
    AWS_ENDPOINT_URL_COST_EXPLORER: fake.url,
    AWS_ENDPOINT_URL_CLOUDWATCH: fake.url,
    AWS_ENDPOINT_URL_LAMBDA: fake.url,
    AWS_ENDPOINT_URL_STS: fake.url,
    AWS_ENDPOINT_URL_EC2: fake.url,
    AWS_ENDPOINT_URL_RDS: fake.url,
    AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: fake.url,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-the-local-server',
    AWS_REGION: 'us-east-1',
  }
  fake.close = async () => {
    for (const response of hung) response.destroy()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return fake
}

function send(response: http.ServerResponse, service: Service, status: number, body: unknown) {
  const type =
    service === 'ce' || service === 'tagging'
      ? 'application/x-amz-json-1.1'
      : service === 'cloudwatch'
        ? 'application/x-amz-json-1.0'
        : 'application/json'
  response.writeHead(status, { 'content-type': type, 'x-amzn-requestid': crypto.randomUUID() })
  response.end(JSON.stringify(body))
}

function sendError(response: http.ServerResponse, service: Service, fault: AwsFault) {
  if (service === 'sts' || service === 'ec2' || service === 'rds') {
    response.writeHead(fault.status, { 'content-type': 'text/xml', 'x-amzn-requestid': crypto.randomUUID() })
    response.end(service === 'sts' ? stsErrorXml(fault) : service === 'ec2' ? ec2ErrorXml(fault) : rdsErrorXml(fault))
    return
  }
  if (service === 'lambda') {
    response.writeHead(fault.status, {
      'content-type': 'application/json',
      'x-amzn-errortype': fault.code,
      'x-amzn-requestid': crypto.randomUUID(),
    })
    response.end(JSON.stringify({ Type: 'User', Message: fault.message }))
    return
  }
  const headers: Record<string, string> = {
    'content-type':
      service === 'ce' || service === 'tagging' ? 'application/x-amz-json-1.1' : 'application/x-amz-json-1.0',
    'x-amzn-requestid': crypto.randomUUID(),
  }
  // CloudWatch's JSON protocol stays compatible with its old query protocol's error codes.
  if (service === 'cloudwatch')
    headers['x-amzn-query-error'] = `${fault.code === 'ThrottlingException' ? 'Throttling' : fault.code};Sender`
  response.writeHead(fault.status, headers)
  response.end(JSON.stringify({ __type: fault.code, message: fault.message }))
}
