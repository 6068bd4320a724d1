import { describe, expect, it } from 'vitest'
import { createAwsClients } from './clients'
import { checkAwsCredentials } from './credentials'

const failing = (name: string, message: string) => async () => {
  throw Object.assign(new Error(message), { name })
}

describe('checkAwsCredentials', () => {
  it('is ok when the chain yields credentials, without returning them', async () => {
    const aws = createAwsClients({
      credentials: async () => ({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }),
    })
    expect(await checkAwsCredentials(aws)).toEqual({ ok: true })
  })

  it('says no credentials were found when the chain has none', async () => {
    const result = await checkAwsCredentials(
      createAwsClients({
        credentials: failing('CredentialsProviderError', 'Could not load credentials from any providers'),
      }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('no_credentials')
    expect(result.error.message).toBe(
      'No AWS credentials found. Configure the standard AWS SDK chain (AWS_PROFILE, environment variables, SSO or an instance/task role) for the process that ingests.',
    )
  })

  it('reports any other failure of the chain as unusable credentials, with its reason', async () => {
    const result = await checkAwsCredentials(
      createAwsClients({ credentials: failing('SSOTokenExpired', 'The SSO session has expired') }),
    )
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'no_credentials',
        message: 'No usable AWS credentials: credentials failed: SSOTokenExpired: The SSO session has expired',
      },
    })
  })

  it('keeps a recognised failure as it is (an expired token is bad credentials, not missing ones)', async () => {
    const result = await checkAwsCredentials(
      createAwsClients({
        credentials: failing('ExpiredToken', 'The security token included in the request is expired'),
      }),
    )
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_credentials' } })
  })
})
