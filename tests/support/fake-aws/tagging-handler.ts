// The Resource Groups Tagging API's GetResources (JSON 1.1, X-Amz-Target ResourceGroupsTaggingAPI_20170126.*):
// the tagged resources of the caller's account and region, filtered by resource type, a page at a time. As AWS
// does, a resource without tags is not listed, and the last page carries an empty PaginationToken.
import type { FakeAccount } from './fake-account'
import { AwsFault } from './faults'

type Context = { accountId: string; region: string }

type GetResourcesInput = { ResourceTypeFilters?: unknown; PaginationToken?: unknown; ResourcesPerPage?: unknown }

export function getResources(account: FakeAccount, context: Context, input: GetResourcesInput, pageSize: number) {
  const types = input.ResourceTypeFilters
  if (types !== undefined && (!Array.isArray(types) || types.some((type) => typeof type !== 'string'))) {
    throw new AwsFault(400, 'InvalidParameterException', 'ResourceTypeFilters must be a list of strings')
  }
  const perPage = input.ResourcesPerPage === undefined ? 100 : Number(input.ResourcesPerPage)
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
    throw new AwsFault(400, 'InvalidParameterException', 'ResourcesPerPage must be between 1 and 100')
  // Lambda functions are the only resources the fake account holds.
  const wanted =
    types === undefined || (types as string[]).some((type) => type === 'lambda' || type === 'lambda:function')
  const tagged = wanted
    ? account
        .functionsIn(context.accountId, context.region)
        .map((fn) => ({ arn: fn.arn, tags: account.currentTags(fn) }))
        .filter((resource) => Object.keys(resource.tags).length > 0)
    : []
  const token = typeof input.PaginationToken === 'string' && input.PaginationToken !== '' ? input.PaginationToken : null
  const offset = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'))
  if (!Number.isInteger(offset) || offset < 0)
    throw new AwsFault(400, 'PaginationTokenExpiredException', 'The pagination token is not valid')
  const size = Math.min(perPage, pageSize)
  const page = tagged.slice(offset, offset + size)
  const next = offset + size < tagged.length ? Buffer.from(String(offset + size)).toString('base64url') : ''
  return {
    PaginationToken: next,
    ResourceTagMappingList: page.map((resource) => ({
      ResourceARN: resource.arn,
      Tags: Object.entries(resource.tags).map(([Key, Value]) => ({ Key, Value })),
    })),
  }
}
