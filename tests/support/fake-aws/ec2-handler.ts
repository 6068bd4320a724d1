// EC2 over its query protocol (form-encoded POST, XML answers in the 2016-11-15 namespace, lists as <item>):
// DescribeInstances (MaxResults/NextToken paging, InstanceId.N, filters instance-id, instance-state-name, tag:K,
// tag-key), DescribeInstanceStatus (running instances, or all with IncludeAllInstances), StartInstances and
// StopInstances, which move the fake servers' states over time.
import { AwsFault } from './faults'
import type { Ec2State, FakeEc2Spec, FakeServers } from './fake-servers'
import {
  type QueryFilter,
  type Xml,
  ec2Filters,
  element,
  escapeXml,
  flatList,
  list,
  offsetOf,
  pageToken,
  text,
} from './query-xml'

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'
const STATE_CODES: Record<Ec2State, number> = { pending: 0, running: 16, stopping: 64, stopped: 80 }

type Context = { accountId: string; region: string }

export function handleEc2(servers: FakeServers, context: Context, body: string, pageSize: number): string {
  const form = new URLSearchParams(body)
  const action = form.get('Action') ?? ''
  switch (action) {
    case 'DescribeInstances':
      return describeInstances(servers, context, form, pageSize)
    case 'DescribeInstanceStatus':
      return describeInstanceStatus(servers, context, form)
    case 'StartInstances':
    case 'StopInstances':
      return changeStates(servers, context, form, action)
    default:
      throw new AwsFault(400, 'InvalidAction', `The action ${action} is not valid for this web service.`)
  }
}

export function ec2ErrorXml(fault: AwsFault): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${escapeXml(fault.code)}</Code><Message>${escapeXml(fault.message)}</Message></Error></Errors><RequestID>${crypto.randomUUID()}</RequestID></Response>`
}

function respond(action: string, content: Xml): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="${NS}">${text('requestId', crypto.randomUUID())}${content}</${action}Response>`
}

function describeInstances(servers: FakeServers, context: Context, form: URLSearchParams, pageSize: number): string {
  const ids = flatList(form, 'InstanceId')
  const maxResults = form.get('MaxResults')
  if (ids.length > 0 && maxResults !== null)
    throw new AwsFault(
      400,
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    )
  if (maxResults !== null && !(Number(maxResults) >= 5 && Number(maxResults) <= 1000)) {
    throw new AwsFault(
      400,
      'InvalidParameterValue',
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`,
    )
  }
  const all = servers.instancesIn(context.accountId, context.region)
  const missing = ids.filter((id) => !all.some((instance) => instance.spec.id === id))
  if (missing.length)
    throw new AwsFault(400, 'InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`)
  const filters = ec2Filters(form)
  const matching = all.filter(
    (instance) =>
      (ids.length === 0 || ids.includes(instance.spec.id)) &&
      filters.every((filter) => matches(filter, instance.spec, instance.state)),
  )
  const offset = offsetOf(form.get('NextToken'))
  if (offset === null) throw new AwsFault(400, 'InvalidParameterValue', 'Invalid value for the parameter NextToken')
  const size = Math.min(Number(maxResults ?? 1000), pageSize)
  const page = matching.slice(offset, offset + size)
  const next = offset + size < matching.length ? pageToken(offset + size) : null
  // One reservation per instance, as when each was launched on its own.
  const reservations = page.map(({ spec, state }) =>
    [
      text('reservationId', `r-${spec.id.slice(2)}`),
      text('ownerId', spec.accountId),
      element('groupSet', ''),
      list('instancesSet', 'item', [instanceXml(spec, state)]),
    ].join(''),
  )
  return respond('DescribeInstances', list('reservationSet', 'item', reservations) + text('nextToken', next))
}

function instanceXml(spec: FakeEc2Spec, state: Ec2State): Xml {
  return [
    text('instanceId', spec.id),
    text('imageId', 'ami-0fake0000000000000'),
    element('instanceState', text('code', STATE_CODES[state]) + text('name', state)),
    text('privateDnsName', `ip-10-0-0-1.${spec.region}.compute.internal`),
    text('instanceType', spec.type),
    text('launchTime', spec.launchTime),
    element('placement', text('availabilityZone', `${spec.region}a`) + text('tenancy', 'default')),
    element('monitoring', text('state', 'disabled')),
    text('architecture', spec.type.includes('g.') ? 'arm64' : 'x86_64'),
    text('rootDeviceType', 'ebs'),
    list(
      'tagSet',
      'item',
      Object.entries(spec.tags ?? {}).map(([key, value]) => text('key', key) + text('value', value)),
    ),
    state === 'stopped'
      ? element(
          'stateReason',
          text('code', 'Client.UserInitiatedShutdown') +
            text('message', 'Client.UserInitiatedShutdown: User initiated shutdown'),
        )
      : '',
  ].join('')
}

function matches(filter: QueryFilter, spec: FakeEc2Spec, state: Ec2State): boolean {
  const tags = spec.tags ?? {}
  if (filter.name === 'instance-id') return filter.values.includes(spec.id)
  if (filter.name === 'instance-state-name') return filter.values.includes(state)
  if (filter.name === 'instance-type') return filter.values.includes(spec.type)
  if (filter.name === 'tag-key') return filter.values.some((key) => key in tags)
  if (filter.name.startsWith('tag:')) {
    const key = filter.name.slice(4)
    return key in tags && filter.values.includes(tags[key]!)
  }
  throw new AwsFault(400, 'InvalidParameterValue', `The filter '${filter.name}' is invalid`)
}

function describeInstanceStatus(servers: FakeServers, context: Context, form: URLSearchParams): string {
  const ids = flatList(form, 'InstanceId')
  const includeAll = form.get('IncludeAllInstances') === 'true'
  const all = servers.instancesIn(context.accountId, context.region)
  const missing = ids.filter((id) => !all.some((instance) => instance.spec.id === id))
  if (missing.length)
    throw new AwsFault(400, 'InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`)
  const shown = all.filter(
    (instance) => (ids.length === 0 || ids.includes(instance.spec.id)) && (includeAll || instance.state === 'running'),
  )
  const statuses = shown.map(({ spec, state, statusOk }) => {
    const status = state !== 'running' ? 'not-applicable' : statusOk ? 'ok' : 'initializing'
    const detail =
      state !== 'running'
        ? ''
        : list('details', 'item', [text('name', 'reachability') + text('status', statusOk ? 'passed' : 'initializing')])
    return [
      text('instanceId', spec.id),
      text('availabilityZone', `${spec.region}a`),
      element('instanceState', text('code', STATE_CODES[state]) + text('name', state)),
      element('systemStatus', text('status', status) + detail),
      element('instanceStatus', text('status', status) + detail),
    ].join('')
  })
  return respond('DescribeInstanceStatus', list('instanceStatusSet', 'item', statuses))
}

function changeStates(
  servers: FakeServers,
  context: Context,
  form: URLSearchParams,
  action: 'StartInstances' | 'StopInstances',
): string {
  const ids = flatList(form, 'InstanceId')
  if (ids.length === 0) throw new AwsFault(400, 'MissingParameter', 'The request must contain the parameter InstanceId')
  // AWS checks every id before it changes anything.
  const known = new Set(servers.instancesIn(context.accountId, context.region).map((instance) => instance.spec.id))
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length)
    throw new AwsFault(400, 'InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`)
  // Capacity is refused for the whole request, before any instance changes.
  const refused = action === 'StartInstances' ? ids.filter((id) => servers.faults.startRefused?.includes(id)) : []
  if (refused.length) {
    servers.noteRefused(refused)
    throw new AwsFault(
      500,
      'InsufficientInstanceCapacity',
      `We currently do not have sufficient capacity to start ${refused.join(', ')} in the Availability Zone you requested.`,
    )
  }
  const changes = ids.map((id) => {
    const { previous, current } =
      action === 'StartInstances'
        ? servers.startInstance(context.accountId, context.region, id)
        : servers.stopInstance(context.accountId, context.region, id)
    return (
      text('instanceId', id) +
      element('currentState', text('code', STATE_CODES[current]) + text('name', current)) +
      element('previousState', text('code', STATE_CODES[previous]) + text('name', previous))
    )
  })
  return respond(action, list('instancesSet', 'item', changes))
}
