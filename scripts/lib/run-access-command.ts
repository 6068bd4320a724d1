// Prints what an access command returns, or why it could not run (with the usage for a wrong command line), and
// returns the exit code: 0 done, 2 a wrong command line, 1 refused (no such user, the last admin, …). The scripts
// exit with it explicitly: the embedded database's exit hook would otherwise exit 0.
import { AppError } from '@/lib/server/http/app-error'
import { UsageError } from './access-commands'

export async function runAccessCommand(usage: string, run: () => Promise<string[]>): Promise<number> {
  try {
    for (const line of await run()) console.log(line)
    return 0
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n${usage}`)
      return 2
    }
    if (error instanceof AppError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
}
