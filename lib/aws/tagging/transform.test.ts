import { describe, expect, it } from 'vitest'
import { AwsSourceError } from '../errors'
import { tagsByArn, validateResourcesPage } from './transform'

describe('GetResources pages', () => {
  it('become tags by ARN; a mapping without tags is an empty set, a later page wins', () => {
    const pages = [
      validateResourcesPage({
        PaginationToken: 'abc',
        ResourceTagMappingList: [
          {
            ResourceARN: 'arn:a',
            Tags: [
              { Key: 'team', Value: 'recsys' },
              { Key: 'env', Value: '' },
            ],
          },
        ],
      }),
      validateResourcesPage({ PaginationToken: '', ResourceTagMappingList: [{ ResourceARN: 'arn:b' }] }),
    ]
    expect(tagsByArn(pages)).toEqual(
      new Map([
        ['arn:a', { team: 'recsys', env: '' }],
        ['arn:b', {}],
      ]),
    )
  })

  it('refuses an answer of another shape, naming the field', () => {
    expect(() => validateResourcesPage({ ResourceTagMappingList: [{ Tags: [] }] })).toThrow(AwsSourceError)
    expect(() => validateResourcesPage({ ResourceTagMappingList: [{ Tags: [] }] })).toThrow(
      /ResourceTagMappingList\.0\.ResourceARN/,
    )
  })
})
