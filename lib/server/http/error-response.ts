// The single mapping from thrown errors to HTTP responses: `{ "error": { "code", "message" } }`.
import 'server-only'
import { ZodError } from 'zod'
import { MissingFxRateError } from '@/lib/domain/fx/month-rates'
import { AppError, ERROR_STATUS } from './app-error'
import { describeZodError } from '@/lib/schemas/describe-zod-error'
import { TeamRulesError } from '@/lib/domain/teams/team-rules'
import { UnknownHolidayYearError } from '@/lib/domain/holidays/holiday-calendar'
import { ExtendStopError } from '@/lib/domain/schedules/extend-stop'
import { PlanRangeError } from '@/lib/domain/schedules/schedule-runs'
import { ScheduleDefinitionError } from '@/lib/domain/schedules/validate-schedule'

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = {
      error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
    }
    return Response.json(body, { status: error.status })
  }
  if (error instanceof MissingFxRateError) {
    const months = error.months
    return Response.json(
      {
        error: {
          code: 'unprocessable',
          message: `${error.message} Record ${months.length === 1 ? 'it' : 'them'} with PUT /api/fx-rates/${months[0]} (or the CSV import), then try again.`,
          details: { months },
        },
      },
      { status: ERROR_STATUS.unprocessable },
    )
  }
  // A schedule the domain refuses: every problem (a cycle as its groups), a plan's range, an extension's new stop.
  if (error instanceof ScheduleDefinitionError) {
    return Response.json(
      { error: { code: 'bad_request', message: error.message, details: error.problems } },
      { status: ERROR_STATUS.bad_request },
    )
  }
  if (error instanceof PlanRangeError || error instanceof ExtendStopError) {
    return Response.json(
      { error: { code: 'bad_request', message: error.message } },
      { status: ERROR_STATUS.bad_request },
    )
  }
  // A month or plan past the years whose public holidays are published: nothing can be planned for it yet.
  if (error instanceof UnknownHolidayYearError) {
    return Response.json(
      { error: { code: 'unprocessable', message: error.message } },
      { status: ERROR_STATUS.unprocessable },
    )
  }
  if (error instanceof ZodError) {
    return Response.json(
      { error: { code: 'bad_request', message: describeZodError(error), details: error.issues } },
      { status: 400 },
    )
  }
  // Team rules are checked as a whole in the domain, which names the rule at fault.
  if (error instanceof TeamRulesError)
    return Response.json({ error: { code: 'bad_request', message: error.message } }, { status: 400 })
  // Unknown failures are logged with their stack and answered without internals.
  console.error(error)
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } },
    { status: 500 },
  )
}
