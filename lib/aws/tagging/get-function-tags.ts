// Every Lambda function's tags in a region, in bulk: the Resource Groups Tagging API's GetResources filtered to
// `lambda:function`, up to 100 resources a call, rather than one ListTags call per function. A function without
// tags is not listed (AWS lists tagged resources only): the caller takes it as having none.
import 'server-only'
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api'
import type { CallMeter } from '../call-meter'
import type { AwsClients } from '../clients'
import { AwsSourceError, toAwsSourceError } from '../errors'
import { type GetResourcesPage, tagsByArn, validateResourcesPage } from './transform'

const RESOURCES_PER_PAGE = 100

export async function getFunctionTags(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  signal?: AbortSignal,
): Promise<Map<string, Record<string, string>>> {
  const pages: GetResourcesPage[] = []
  const seen = new Set<string>()
  let token: string | undefined
  do {
    // The tagging API is free; its calls are counted with the Lambda step's.
    meter.lambdaCall()
    let raw
    try {
      raw = await aws.tagging(region).send(
        new GetResourcesCommand({
          ResourceTypeFilters: ['lambda:function'],
          ResourcesPerPage: RESOURCES_PER_PAGE,
          PaginationToken: token,
        }),
        { abortSignal: signal },
      )
    } catch (error) {
      throw toAwsSourceError(error, 'tag:GetResources')
    }
    meter.retried('lambda', raw.$metadata?.attempts)
    const page = validateResourcesPage(raw)
    pages.push(page)
    // The last page carries an empty token.
    token = page.PaginationToken || undefined
    if (token !== undefined) {
      if (seen.has(token))
        throw new AwsSourceError(
          'pagination',
          'GetResources returned the same pagination token twice; stopped to avoid a loop.',
          { action: 'tag:GetResources' },
        )
      seen.add(token)
    }
  } while (token !== undefined)
  return tagsByArn(pages)
}
