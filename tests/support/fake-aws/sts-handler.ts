// STS over its query protocol (form-encoded POST, XML answers): GetCallerIdentity, and AssumeRole into a member
// account's role, answered with credentials whose access key names the account, so that Lambda and CloudWatch
// calls signed with them see that account's functions.
import { AwsFault } from './faults'

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/'
const ASSUMED_KEY_PREFIX = 'ASIAROLE'

export type StsContext = {
  callerAccountId: string
  accountIds: string[]
  memberRoleName: string
  deniedAccounts: string[]
}

/** The account whose credentials signed a request: an assumed role's key names it; any other key is the caller's. */
export function accountOfAccessKey(accessKeyId: string, callerAccountId: string): string {
  return accessKeyId.startsWith(ASSUMED_KEY_PREFIX)
    ? accessKeyId.slice(ASSUMED_KEY_PREFIX.length, ASSUMED_KEY_PREFIX.length + 12)
    : callerAccountId
}

export function handleSts(context: StsContext, accessKeyId: string, body: string): string {
  const form = new URLSearchParams(body)
  const action = form.get('Action')
  if (action === 'GetCallerIdentity') {
    const account = accountOfAccessKey(accessKeyId, context.callerAccountId)
    return xml(
      'GetCallerIdentity',
      `<Arn>arn:aws:iam::${account}:user/finops-reader</Arn><UserId>AIDAFAKEFAKEFAKE</UserId><Account>${account}</Account>`,
    )
  }
  if (action === 'AssumeRole') {
    const roleArn = form.get('RoleArn') ?? ''
    const match = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn)
    const denied = `User: arn:aws:iam::${context.callerAccountId}:user/finops-reader is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
    if (
      !match ||
      !context.accountIds.includes(match[1]!) ||
      match[2] !== context.memberRoleName ||
      context.deniedAccounts.includes(match[1]!)
    ) {
      throw new AwsFault(403, 'AccessDenied', denied)
    }
    // An hour from now, as STS answers: the SDK judges the expiry against the wall clock, not the server's pinned one.
    // eslint-disable-next-line no-restricted-syntax -- the SDK's own clock decides whether these credentials are fresh
    const expiration = new Date(Date.now() + 3600_000).toISOString()
    return xml(
      'AssumeRole',
      `<Credentials><AccessKeyId>${ASSUMED_KEY_PREFIX}${match[1]}</AccessKeyId><SecretAccessKey>fake-assumed-secret</SecretAccessKey>` +
        `<SessionToken>fake-session-token</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
        `<AssumedRoleUser><AssumedRoleId>AROAFAKE:${form.get('RoleSessionName') ?? ''}</AssumedRoleId><Arn>arn:aws:sts::${match[1]}:assumed-role/${match[2]}/${form.get('RoleSessionName') ?? ''}</Arn></AssumedRoleUser>`,
    )
  }
  throw new AwsFault(400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`)
}

export function stsErrorXml(fault: AwsFault): string {
  return `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${fault.code}</Code><Message>${escape(fault.message)}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`
}

function xml(action: string, result: string): string {
  return `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></${action}Response>`
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
