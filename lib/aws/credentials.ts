// Whether the standard AWS SDK credential chain yields credentials, without saying what they are. A scheduled
// run without credentials (the demo) is skipped; a manual one fails with this message.
import 'server-only'
import type { AwsClients } from './clients'
import { AwsSourceError, toAwsSourceError } from './errors'

export async function checkAwsCredentials(
  aws: AwsClients,
): Promise<{ ok: true } | { ok: false; error: AwsSourceError }> {
  try {
    await aws.costExplorer().config.credentials()
    return { ok: true }
  } catch (error) {
    const mapped = toAwsSourceError(error, 'credentials')
    return {
      ok: false,
      error:
        mapped.kind === 'upstream'
          ? new AwsSourceError('no_credentials', `No usable AWS credentials: ${mapped.message}`, { cause: error })
          : mapped,
    }
  }
}
