// Lambda and CloudWatch answer only for the account whose credentials call them. With a member role name
// configured (FINOPS_AWS_MEMBER_ROLE_NAME), the functions and metrics of every other linked account are read
// through that role in the account, assumed with STS from the standard credentials: the usual AWS
// Organizations set-up (a read-only role of the same name in every member account, trusting the payer).
import 'server-only'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers'
import { type AwsClientOptions, type AwsClients, createAwsClients } from './clients'
import { isAccountId } from '@/lib/domain/aws-ids'
import { AwsSourceError, toAwsSourceError } from './errors'

/** The account the standard credentials belong to (sts:GetCallerIdentity needs no permission). */
export async function callerAccountId(aws: AwsClients, signal?: AbortSignal): Promise<string> {
  try {
    const identity = await aws.sts().send(new GetCallerIdentityCommand({}), { abortSignal: signal })
    if (!identity.Account || !isAccountId(identity.Account))
      throw new AwsSourceError(
        'invalid_response',
        `STS returned "${identity.Account}" where a 12-digit account id was expected.`,
      )
    return identity.Account
  } catch (error) {
    throw error instanceof AwsSourceError ? error : toAwsSourceError(error, 'sts:GetCallerIdentity')
  }
}

export function memberRoleArn(accountId: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role/${roleName}`
}

/**
 * Clients that act in `accountId` through its member role. The role is assumed on first use and renewed by the
 * SDK before it expires; `checkMemberAccess` assumes it at once so a missing role is reported up front.
 */
export function memberAccountClients(accountId: string, roleName: string, options: AwsClientOptions = {}): AwsClients {
  const credentials = fromTemporaryCredentials({
    params: {
      RoleArn: memberRoleArn(accountId, roleName),
      RoleSessionName: 'lambda-finops-ingestion',
      DurationSeconds: 3600,
    },
    clientConfig: { region: 'us-east-1' },
  })
  return createAwsClients({ ...options, credentials })
}

/** Assumes the member role now; the error names the role and what to do. */
export async function checkMemberAccess(
  clients: AwsClients,
  accountId: string,
  roleName: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await clients.lambda('us-east-1').config.credentials()
    return { ok: true }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      message:
        `Could not assume ${memberRoleArn(accountId, roleName)} (${reason}): the functions and metrics of account ${accountId} were not read. ` +
        'Create the role there with read-only Lambda and CloudWatch permissions, trusting these credentials for sts:AssumeRole.',
    }
  }
}
