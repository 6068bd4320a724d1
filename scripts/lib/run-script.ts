// How every long-running command ends: exit with what main returned, or print why it could not run and exit 1.
// The exit is explicit because the embedded database's exit hook would otherwise end the process with 0. A wrong
// environment or a refusal the product explains (an AppError) prints its message, not a stack trace.
import { InvalidEnvironmentError } from '@/lib/env'
import { AppError } from '@/lib/server/http/app-error'

export function runScript(main: () => Promise<number | void>): void {
  main()
    .then((code) => {
      // A command that keeps running (the worker) returns nothing and exits from its signal handler.
      if (typeof code === 'number') process.exit(code)
    })
    .catch((error: unknown) => {
      const explained = error instanceof InvalidEnvironmentError || error instanceof AppError
      console.error(explained ? error.message : error)
      process.exit(1)
    })
}
