// The Resource Groups Tagging API's GetResources page, validated, to plain tags by function ARN.
import 'server-only'
import { z } from 'zod'
import { AwsSourceError } from '../errors'

export const getResourcesPageSchema = z.object({
  PaginationToken: z.string().optional(),
  ResourceTagMappingList: z
    .array(
      z.object({
        ResourceARN: z.string().min(1),
        Tags: z.array(z.object({ Key: z.string().min(1), Value: z.string() })).optional(),
      }),
    )
    .default([]),
})

export type GetResourcesPage = z.output<typeof getResourcesPageSchema>

export function validateResourcesPage(raw: unknown): GetResourcesPage {
  const result = getResourcesPageSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new AwsSourceError(
      'invalid_response',
      `The tagging API sent an unexpected GetResources response (${issue.path.join('.')}: ${issue.message}); nothing was written.`,
    )
  }
  return result.data
}

/** Tags by resource ARN; a page's mapping without tags is an empty set. */
export function tagsByArn(pages: readonly GetResourcesPage[]): Map<string, Record<string, string>> {
  const tags = new Map<string, Record<string, string>>()
  for (const page of pages) {
    for (const mapping of page.ResourceTagMappingList)
      tags.set(mapping.ResourceARN, Object.fromEntries((mapping.Tags ?? []).map((tag) => [tag.Key, tag.Value])))
  }
  return tags
}
