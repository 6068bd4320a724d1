'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { scheduleQueries } from '@/lib/query/schedules'
import { schedulesPageSearch } from '@/lib/search-params/schedules'
import { ScheduleDetails } from './schedule-details'
import { ScheduleForm } from './schedule-form'

export type SelectedSchedule = { id: number; week: { from: string; to: string }; month: string } | null

/** Every schedule by name, the one picked (its definition, next week's plan, the month's expected savings), and a form for a new one. */
export function SchedulesView({ selected }: { selected: SelectedSchedule }) {
  const schedules = useQuery(scheduleQueries.all())
  const [creating, setCreating] = useState(false)
  const router = useRouter()
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Schedules</h1>
          <p>Servers that sleep: started in dependency order, stopped in reverse, public holidays skipped</p>
        </div>
        <div className="toolbar">
          {!creating && (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New schedule
            </button>
          )}
        </div>
      </header>
      {creating && (
        <section className="card" aria-labelledby="new-schedule-title">
          <header>
            <h2 id="new-schedule-title">New schedule</h2>
            <p>A new schedule is a dry run: it says what it would do until an admin turns execution on.</p>
          </header>
          <ScheduleForm
            onCancel={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false)
              router.push(`/schedules${schedulesPageSearch.search({ id })}`)
            }}
          />
        </section>
      )}
      <QueryView query={schedules} subject="the schedules" loadingLabel="Loading the schedules" height={200}>
        {({ schedules: list }) =>
          list.length === 0 ? (
            <EmptyState title="No schedules yet">
              <p>
                Create one to stop development servers at night and on holidays, or load the demo data from Settings.
              </p>
            </EmptyState>
          ) : (
            <div className="grid">
              <nav aria-label="Schedules" className="toolbar">
                {list.map((schedule) => (
                  <Link
                    key={schedule.id}
                    className="button"
                    href={`/schedules${schedulesPageSearch.search({ id: schedule.id })}`}
                    aria-current={schedule.id === selected?.id ? 'page' : undefined}
                  >
                    {schedule.name}
                  </Link>
                ))}
              </nav>
              {selected && list.some((schedule) => schedule.id === selected.id) && (
                <ScheduleDetails
                  schedule={list.find((schedule) => schedule.id === selected.id)!}
                  week={selected.week}
                  month={selected.month}
                />
              )}
            </div>
          )
        }
      </QueryView>
    </>
  )
}
