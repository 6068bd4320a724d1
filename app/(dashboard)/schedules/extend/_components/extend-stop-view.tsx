'use client'

import Link from 'next/link'
import { useState } from 'react'
import { formatDay } from '@/lib/format'
import { scheduleWrites } from '@/lib/query/schedules'
import { useWrite } from '@/lib/query/use-write'
import { schedulesPageSearch } from '@/lib/search-params/schedules'

/** "14:00" from an ISO 8601 instant written in the schedule's own offset. */
const clockOf = (iso: string) => iso.slice(11, 16)

/** Tonight's stop moved later: by one or two hours, or to a time. */
export function ExtendStopView({
  token,
  name,
  date,
  timeZone,
  plannedStop,
}: {
  token: string
  name: string
  date: string
  timeZone: string
  plannedStop: string | null
}) {
  const [until, setUntil] = useState('')
  const extend = useWrite(scheduleWrites.extendStop)
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Work late</h1>
          <p>
            {name} · {formatDay(date)} ({timeZone})
          </p>
        </div>
      </header>
      <section className="card" aria-labelledby="extend-title" data-testid="extend-stop">
        <header>
          <h2 id="extend-title">
            {plannedStop === null ? 'Nothing runs that day' : `Planned stop: ${clockOf(plannedStop)}`}
          </h2>
          <p>The servers keep running until the new stop; the database stops last, as every night.</p>
        </header>
        {extend.isSuccess ? (
          <p role="status" data-testid="extended">
            The stop on {formatDay(extend.data.date)} is now {clockOf(extend.data.stop)}.{' '}
            <Link href={`/schedules${schedulesPageSearch.search({ id: extend.data.scheduleId })}`}>
              See the schedule
            </Link>
          </p>
        ) : (
          plannedStop !== null && (
            <div className="toolbar">
              <button
                type="button"
                className="button button-primary"
                disabled={extend.isPending}
                onClick={() => extend.mutate({ token, addMinutes: 60 })}
              >
                1 hour later
              </button>
              <button
                type="button"
                className="button"
                disabled={extend.isPending}
                onClick={() => extend.mutate({ token, addMinutes: 120 })}
              >
                2 hours later
              </button>
              <form
                className="toolbar"
                onSubmit={(event) => {
                  event.preventDefault()
                  extend.mutate({ token, stop: until })
                }}
              >
                <label htmlFor="extend-until">Until</label>
                <input
                  id="extend-until"
                  type="time"
                  required
                  value={until}
                  onChange={(event) => setUntil(event.target.value)}
                />
                <button type="submit" className="button" disabled={extend.isPending}>
                  Stop then
                </button>
              </form>
            </div>
          )
        )}
        {extend.isError && (
          <p className="state-error" role="alert">
            {extend.error.message}
          </p>
        )}
      </section>
    </>
  )
}
