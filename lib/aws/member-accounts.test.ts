import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAwsClients } from './clients'
import { callerAccountId, checkMemberAccess, memberRoleArn } from './member-accounts'

const sts = mockClient(STSClient)
const aws = createAwsClients({ credentials: async () => ({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }) })

beforeEach(() => sts.reset())

describe('callerAccountId', () => {
  it('is the 12-digit account of the standard credentials', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/finops', UserId: 'AIDAEXAMPLE' })
    expect(await callerAccountId(aws)).toBe('123456789012')
  })

  it('refuses an answer that is not an account id', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: 'not-an-account' })
    await expect(callerAccountId(aws)).rejects.toMatchObject({
      kind: 'invalid_response',
      message: 'STS returned "not-an-account" where a 12-digit account id was expected.',
    })
  })

  it('names the call when STS fails', async () => {
    sts.on(GetCallerIdentityCommand).rejects(
      Object.assign(new Error('The security token included in the request is invalid.'), {
        name: 'InvalidClientTokenId',
      }),
    )
    await expect(callerAccountId(aws)).rejects.toMatchObject({
      kind: 'bad_credentials',
      action: 'sts:GetCallerIdentity',
    })
  })
})

// Assuming the role itself is I/O through the SDK's own STS client: tests/integration/ingest-member-accounts.test.ts
// runs it against the fake AWS (a role assumed, a role denied). Here: what is built and said around it.
describe('member accounts', () => {
  it('build the role ARN of the member account', () => {
    expect(memberRoleArn('210987654321', 'finops-read')).toBe('arn:aws:iam::210987654321:role/finops-read')
  })

  it('are readable when the role’s credentials resolve', async () => {
    expect(await checkMemberAccess(aws, '210987654321', 'finops-read')).toEqual({ ok: true })
  })

  it('say which role could not be assumed, why, and what to create', async () => {
    const denied = createAwsClients({
      credentials: async () => {
        throw Object.assign(new Error('User is not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' })
      },
    })
    expect(await checkMemberAccess(denied, '210987654321', 'finops-read')).toEqual({
      ok: false,
      message:
        'Could not assume arn:aws:iam::210987654321:role/finops-read (User is not authorized to perform: sts:AssumeRole): the functions and metrics of account 210987654321 were not read. ' +
        'Create the role there with read-only Lambda and CloudWatch permissions, trusting these credentials for sts:AssumeRole.',
    })
  })
})
