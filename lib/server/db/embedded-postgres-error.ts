import 'server-only'

/** The embedded PostgreSQL cannot run here; the message is one sentence saying what to do, shown without a stack. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EmbeddedPostgresError'
  }
}
