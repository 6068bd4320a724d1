'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { scheduleQueries, scheduleWrites } from '@/lib/query/schedules'
import { schedulesPageSearch } from '@/lib/search-params/schedules'
import { ScheduleDetails } from './schedule-details'
import { ScheduleForm } from './schedule-form'

export type SelectedSchedule = { id: number; week: { from: string; to: string }; month: string } | null

/**
 * Every schedule by name, the one picked (its definition, next week's plan, the month's expected savings), and a
 * form for a new one or for changing the picked one (only for roles that may write schedules).
 */
export function SchedulesView({ selected }: { selected: SelectedSchedule }) {
  const schedules = useQuery(scheduleQueries.all())
  // One form at a time: a new schedule, or the picked one being changed.
  const [form, setForm] = useState<'new' | 'edit' | null>(null)
  const router = useRouter()
  const picked = selected && schedules.data?.schedules.find((schedule) => schedule.id === selected.id)
  const saved = (id: number) => {
    setForm(null)
    router.push(`/schedules${schedulesPageSearch.search({ id })}`)
  }
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Schedules</h1>
          <p>Servers that sleep: started in dependency order, stopped in reverse, public holidays skipped</p>
        </div>
        <div className="toolbar">
          <IfAllowed write={scheduleWrites.update}>
            {form === null && picked && (
              <button type="button" className="button" onClick={() => setForm('edit')}>
                Change schedule
              </button>
            )}
          </IfAllowed>
          <IfAllowed write={scheduleWrites.create}>
            {form === null && (
              <button type="button" className="button button-primary" onClick={() => setForm('new')}>
                New schedule
              </button>
            )}
          </IfAllowed>
        </div>
      </header>
      {form === 'new' && (
        <section className="card" aria-labelledby="new-schedule-title">
          <header>
            <h2 id="new-schedule-title">New schedule</h2>
            <p>A new schedule is a dry run: it says what it would do until an admin turns execution on.</p>
          </header>
          <ScheduleForm onCancel={() => setForm(null)} onSaved={saved} />
        </section>
      )}
      {form === 'edit' && picked && (
        <section className="card" aria-labelledby="edit-schedule-title">
          <header>
            <h2 id="edit-schedule-title">Change {picked.name}</h2>
            <p>The whole schedule is checked again; whether it executes stays as it is.</p>
          </header>
          <ScheduleForm key={picked.id} initial={picked} onCancel={() => setForm(null)} onSaved={saved} />
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
