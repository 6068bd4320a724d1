'use client'

import { useQuery } from '@tanstack/react-query'
import { DataTable } from '@/components/ui/data-table'
import { QueryView } from '@/components/ui/query-view'
import { formatDay, formatMonth, formatUsd } from '@/lib/format'
import { scheduleQueries } from '@/lib/query/schedules'
import type { ScheduleDto } from '@/lib/schemas/schedules'
import styles from '../schedules.module.css'

const DAY_NAMES: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}
const KIND_NAMES = { ec2: 'EC2', rds: 'RDS', aurora: 'Aurora' } as const

/** A schedule: what it is, what it will do next week, and what it is expected to save this month. */
export function ScheduleDetails({
  schedule,
  week,
  month,
}: {
  schedule: ScheduleDto
  week: { from: string; to: string }
  month: string
}) {
  return (
    <>
      <Definition schedule={schedule} />
      <Plan schedule={schedule} week={week} />
      <Savings schedule={schedule} month={month} />
    </>
  )
}

function Definition({ schedule }: { schedule: ScheduleDto }) {
  return (
    <section className="card" aria-labelledby="schedule-title" data-testid="schedule-definition">
      <header>
        <h2 id="schedule-title">{schedule.name}</h2>
        <p>
          {schedule.execute
            ? 'Executing: servers are really started and stopped.'
            : 'Dry run: it only says what it would do until an admin turns execution on.'}{' '}
          Warning {schedule.warnMinutes} minutes before each stop.
        </p>
      </header>
      <dl className={styles.facts}>
        <dt>Time zone</dt>
        <dd>{schedule.timeZone}</dd>
        <dt>Runs</dt>
        <dd>
          {schedule.periods.map((period, index) => (
            <div key={index}>
              {period.days.map((day) => DAY_NAMES[day]).join(', ')} {period.start}–{period.stop}
            </div>
          ))}
        </dd>
        <dt>Public holidays</dt>
        <dd>{schedule.holidays === 'KR' ? 'Korean public holidays skipped' : 'None skipped'}</dd>
        <dt>Exceptions</dt>
        <dd>
          {schedule.exceptions.length === 0 && 'None'}
          {schedule.exceptions.map((exception) => (
            <div key={exception.date}>
              {formatDay(exception.date)}:{' '}
              {exception.kind === 'off'
                ? 'off'
                : exception.kind === 'on'
                  ? 'on (even on a holiday)'
                  : `${exception.start ?? 'usual start'}–${exception.stop ?? 'usual stop'}`}
            </div>
          ))}
        </dd>
        <dt>Groups, in start order</dt>
        <dd>
          {schedule.groups.map((group) => (
            <div key={group.name} data-group={group.name}>
              <strong>{group.name}</strong>:{' '}
              {'tag' in group.select
                ? `servers tagged ${group.select.tag.key}=${group.select.tag.value}`
                : group.select.ids.join(', ')}
              {group.dependsOn.length > 0 && <span className="muted"> · after {group.dependsOn.join(', ')}</span>}
            </div>
          ))}
        </dd>
      </dl>
    </section>
  )
}

function Plan({ schedule, week }: { schedule: ScheduleDto; week: { from: string; to: string } }) {
  const plan = useQuery(scheduleQueries.plan(schedule.id, week))
  return (
    <section className="card" aria-labelledby="plan-title">
      <header>
        <h2 id="plan-title">
          Next week · {formatDay(week.from)} to {formatDay(week.to)}
        </h2>
        <p>Every start and stop in execution order, in {schedule.timeZone} time, holidays and exceptions applied.</p>
      </header>
      <QueryView query={plan} subject="the plan" loadingLabel="Loading the plan" height={200}>
        {(data) => (
          <>
            {data.unknownDays.length > 0 && (
              <p className="state-error">
                Not planned: {data.unknownDays.map((day) => `${day.date} (${day.reason})`).join('; ')}
              </p>
            )}
            {data.actions.length === 0 ? (
              <p className="muted">Nothing starts or stops next week.</p>
            ) : (
              <DataTable
                label="Next week's plan"
                testId="schedule-plan"
                columns={[{ label: 'When' }, { label: 'Action' }, { label: 'Group' }, { label: 'Servers' }]}
              >
                {data.actions.map((action) => (
                  <tr key={`${action.at}/${action.action}/${action.group}`}>
                    <td>
                      <time
                        dateTime={action.at}
                      >{`${formatDay(action.at.slice(0, 10))} ${action.at.slice(11, 16)}`}</time>
                    </td>
                    <td>{action.action === 'start' ? 'Start' : 'Stop'}</td>
                    <td>{action.group}</td>
                    <td>
                      {action.resourceIds.length === 0 ? (
                        <span className="muted">no server selected</span>
                      ) : (
                        action.resourceIds.join(', ')
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}

function Savings({ schedule, month }: { schedule: ScheduleDto; month: string }) {
  const savings = useQuery(scheduleQueries.savings(schedule.id, month))
  return (
    <section className="card" aria-labelledby="savings-title" data-testid="schedule-savings">
      <QueryView query={savings} subject="the expected savings" loadingLabel="Loading the savings" height={200}>
        {(data) => (
          <>
            <header>
              <h2 id="savings-title">Expected savings · {formatMonth(data.month)}</h2>
              <p>
                <strong data-testid="savings-total">{formatUsd(data.totalUsd)}</strong> = {data.formula}:{' '}
                {data.hoursOff} h off of {data.hoursInMonth} h, for each server the groups select now (on-demand prices
                from the rate card).
              </p>
            </header>
            <DataTable
              label="Expected savings by server"
              columns={[
                { label: 'Server' },
                { label: 'Group' },
                { label: 'Hourly price', numeric: true },
                { label: 'Formula' },
                { label: 'Saved', numeric: true },
              ]}
            >
              {data.servers.map((server) => (
                <tr key={server.id}>
                  <th scope="row">
                    {server.id} <span className="muted">{KIND_NAMES[server.kind]}</span>
                  </th>
                  <td>{server.group}</td>
                  <td className="num">
                    {server.hourlyUsd === null ? <span className="muted">no rate</span> : `$${server.hourlyUsd}/h`}
                  </td>
                  <td>{server.formula ?? <span className="muted">{server.missing}</span>}</td>
                  <td className="num">{server.savedUsd === null ? '—' : formatUsd(server.savedUsd)}</td>
                </tr>
              ))}
            </DataTable>
            {data.keepsBilling.length > 0 && (
              <div data-testid="keeps-billing">
                <h3>Still billed while stopped (not counted as saved)</h3>
                <ul>
                  {data.keepsBilling.map((entry) => (
                    <li key={entry.kind}>
                      {KIND_NAMES[entry.kind]}: {entry.items.join('; ')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}
