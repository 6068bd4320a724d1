'use client'

import { useState } from 'react'
import { EXCEPTION_KINDS, WEEKDAYS, type ExceptionKind, type Weekday } from '@/lib/domain/schedules/schedule-definition'
import { scheduleWrites } from '@/lib/query/schedules'
import type { ScheduleDto } from '@/lib/schemas/schedules'
import { useWrite } from '@/lib/query/use-write'
import styles from '../schedules.module.css'

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}
const EXCEPTION_NAMES: Record<ExceptionKind, string> = {
  off: 'Off all day',
  on: 'On (even on a holiday)',
  times: 'Other times',
}

type PeriodDraft = { days: Weekday[]; start: string; stop: string }
type ExceptionDraft = { date: string; kind: ExceptionKind; start: string; stop: string }
type GroupDraft = {
  name: string
  by: 'tag' | 'ids'
  tagKey: string
  tagValue: string
  ids: string
  dependsOn: string[]
}

const WEEKDAYS_ONLY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']
const newGroup = (name: string): GroupDraft => ({
  name,
  by: 'tag',
  tagKey: 'Schedule',
  tagValue: '',
  ids: '',
  dependsOn: [],
})

/** What the form shows for a schedule being changed: its definition, as the form's fields hold it. */
function draftsOf(schedule: ScheduleDto) {
  return {
    periods: schedule.periods.map((period) => ({ ...period })),
    exceptions: schedule.exceptions.map((exception) => ({
      date: exception.date,
      kind: exception.kind,
      start: exception.start ?? '',
      stop: exception.stop ?? '',
    })),
    groups: schedule.groups.map((group): GroupDraft => ({
      name: group.name,
      by: 'tag' in group.select ? 'tag' : 'ids',
      tagKey: 'tag' in group.select ? group.select.tag.key : 'Schedule',
      tagValue: 'tag' in group.select ? group.select.tag.value : '',
      ids: 'ids' in group.select ? group.select.ids.join(', ') : '',
      dependsOn: [...group.dependsOn],
    })),
  }
}

/**
 * A schedule as POST /api/schedules takes it (a new one), or as PUT /api/schedules/{id} replaces it (`initial`);
 * the server checks it whole and names every problem.
 */
export function ScheduleForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial?: ScheduleDto
  onSaved: (id: number) => void
  onCancel: () => void
}) {
  const drafts = initial ? draftsOf(initial) : null
  const [name, setName] = useState(initial?.name ?? '')
  const [timeZone, setTimeZone] = useState(initial?.timeZone ?? 'Asia/Seoul')
  const [holidays, setHolidays] = useState<'KR' | ''>(initial ? (initial.holidays ?? '') : 'KR')
  const [warnMinutes, setWarnMinutes] = useState(String(initial?.warnMinutes ?? 10))
  const [periods, setPeriods] = useState<PeriodDraft[]>(
    drafts?.periods ?? [{ days: WEEKDAYS_ONLY, start: '09:30', stop: '22:00' }],
  )
  const [exceptions, setExceptions] = useState<ExceptionDraft[]>(drafts?.exceptions ?? [])
  const [groups, setGroups] = useState<GroupDraft[]>(drafts?.groups ?? [newGroup('db')])
  const create = useWrite(scheduleWrites.create, { onSuccess: (created) => onSaved(created.id) })
  const update = useWrite(scheduleWrites.update, { onSuccess: (saved) => onSaved(saved.id) })
  const save = initial ? update : create

  const setPeriod = (index: number, change: Partial<PeriodDraft>) =>
    setPeriods(periods.map((period, at) => (at === index ? { ...period, ...change } : period)))
  const setException = (index: number, change: Partial<ExceptionDraft>) =>
    setExceptions(exceptions.map((exception, at) => (at === index ? { ...exception, ...change } : exception)))
  const setGroup = (index: number, change: Partial<GroupDraft>) =>
    setGroups(groups.map((group, at) => (at === index ? { ...group, ...change } : group)))

  const definition = () => ({
    name,
    timeZone,
    holidays: holidays || null,
    warnMinutes: Number(warnMinutes),
    periods,
    exceptions: exceptions.map(({ date, kind, start, stop }) => ({
      date,
      kind,
      ...(kind === 'times' && start ? { start } : {}),
      ...(kind === 'times' && stop ? { stop } : {}),
    })),
    groups: groups.map((group) => ({
      name: group.name,
      select:
        group.by === 'tag'
          ? { tag: { key: group.tagKey, value: group.tagValue } }
          : { ids: group.ids.split(/[\s,]+/).filter(Boolean) },
      dependsOn: group.dependsOn,
    })),
  })
  const submit = () =>
    initial ? update.mutate({ id: initial.id, definition: definition() }) : create.mutate(definition())

  return (
    <form
      aria-label={initial ? `Change ${initial.name}` : 'New schedule'}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor="schedule-name">Name</label>
          <input
            id="schedule-name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="schedule-zone">Time zone</label>
          <input id="schedule-zone" required value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />
          <span className="hint">An IANA zone, such as Asia/Seoul or Europe/Berlin.</span>
        </div>
        <div className="field">
          <label htmlFor="schedule-holidays">Public holidays to skip</label>
          <select
            id="schedule-holidays"
            value={holidays}
            onChange={(event) => setHolidays(event.target.value as 'KR' | '')}
          >
            <option value="KR">Korea</option>
            <option value="">None</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="schedule-warn">Warning before a stop (minutes)</label>
          <input
            id="schedule-warn"
            inputMode="numeric"
            pattern="\d{1,3}"
            value={warnMinutes}
            onChange={(event) => setWarnMinutes(event.target.value)}
          />
        </div>
      </div>

      <fieldset className={styles.rows}>
        <legend>Running periods (a stop at or before the start is the next day)</legend>
        {periods.map((period, index) => (
          <div key={index} className={styles.row} data-testid="period">
            <div className={styles.days} role="group" aria-label={`Period ${index + 1} days`}>
              {WEEKDAYS.map((day) => (
                <label key={day}>
                  <input
                    type="checkbox"
                    checked={period.days.includes(day)}
                    onChange={(event) =>
                      setPeriod(index, {
                        days: event.target.checked
                          ? WEEKDAYS.filter((d) => d === day || period.days.includes(d))
                          : period.days.filter((d) => d !== day),
                      })
                    }
                  />{' '}
                  {DAY_NAMES[day]}
                </label>
              ))}
            </div>
            <div className="field">
              <label htmlFor={`period-${index}-start`}>Start</label>
              <input
                id={`period-${index}-start`}
                type="time"
                required
                value={period.start}
                onChange={(event) => setPeriod(index, { start: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`period-${index}-stop`}>Stop</label>
              <input
                id={`period-${index}-stop`}
                type="time"
                required
                value={period.stop}
                onChange={(event) => setPeriod(index, { stop: event.target.value })}
              />
            </div>
            {periods.length > 1 && (
              <button
                type="button"
                className="button"
                onClick={() => setPeriods(periods.filter((_, at) => at !== index))}
              >
                Remove period
              </button>
            )}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="button"
            onClick={() => setPeriods([...periods, { days: WEEKDAYS_ONLY, start: '09:30', stop: '22:00' }])}
          >
            Add period
          </button>
        </div>
      </fieldset>

      <fieldset className={styles.rows}>
        <legend>Exceptions (one date off, on, or with other times)</legend>
        {exceptions.map((exception, index) => (
          <div key={index} className={styles.row} data-testid="exception">
            <div className="field">
              <label htmlFor={`exception-${index}-date`}>Date</label>
              <input
                id={`exception-${index}-date`}
                type="date"
                required
                value={exception.date}
                onChange={(event) => setException(index, { date: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`exception-${index}-kind`}>Kind</label>
              <select
                id={`exception-${index}-kind`}
                value={exception.kind}
                onChange={(event) => setException(index, { kind: event.target.value as ExceptionKind })}
              >
                {EXCEPTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {EXCEPTION_NAMES[kind]}
                  </option>
                ))}
              </select>
            </div>
            {exception.kind === 'times' && (
              <>
                <div className="field">
                  <label htmlFor={`exception-${index}-start`}>Start (optional)</label>
                  <input
                    id={`exception-${index}-start`}
                    type="time"
                    value={exception.start}
                    onChange={(event) => setException(index, { start: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`exception-${index}-stop`}>Stop (optional)</label>
                  <input
                    id={`exception-${index}-stop`}
                    type="time"
                    value={exception.stop}
                    onChange={(event) => setException(index, { stop: event.target.value })}
                  />
                </div>
              </>
            )}
            <button
              type="button"
              className="button"
              onClick={() => setExceptions(exceptions.filter((_, at) => at !== index))}
            >
              Remove exception
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="button"
            onClick={() => setExceptions([...exceptions, { date: '', kind: 'times', start: '', stop: '' }])}
          >
            Add exception
          </button>
        </div>
      </fieldset>

      <fieldset className={styles.rows}>
        <legend>Groups (each starts once the groups it depends on run; they stop in reverse)</legend>
        {groups.map((group, index) => (
          <div key={index} className={styles.row} data-testid="group">
            <div className="field">
              <label htmlFor={`group-${index}-name`}>Group name</label>
              <input
                id={`group-${index}-name`}
                required
                maxLength={100}
                value={group.name}
                onChange={(event) => setGroup(index, { name: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`group-${index}-by`}>Servers by</label>
              <select
                id={`group-${index}-by`}
                value={group.by}
                onChange={(event) => setGroup(index, { by: event.target.value as GroupDraft['by'] })}
              >
                <option value="tag">Tag</option>
                <option value="ids">AWS ids</option>
              </select>
            </div>
            {group.by === 'tag' ? (
              <>
                <div className="field">
                  <label htmlFor={`group-${index}-key`}>Tag key</label>
                  <input
                    id={`group-${index}-key`}
                    required
                    value={group.tagKey}
                    onChange={(event) => setGroup(index, { tagKey: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`group-${index}-value`}>Tag value</label>
                  <input
                    id={`group-${index}-value`}
                    required
                    value={group.tagValue}
                    onChange={(event) => setGroup(index, { tagValue: event.target.value })}
                  />
                </div>
              </>
            ) : (
              <div className="field">
                <label htmlFor={`group-${index}-ids`}>Instance ids, DB instance or cluster identifiers</label>
                <input
                  id={`group-${index}-ids`}
                  required
                  value={group.ids}
                  onChange={(event) => setGroup(index, { ids: event.target.value })}
                />
              </div>
            )}
            {groups.length > 1 && (
              <div
                className={styles.days}
                role="group"
                aria-label={`${group.name || `Group ${index + 1}`} starts after`}
              >
                <span className="muted">Starts after:</span>
                {groups
                  .filter((other, at) => at !== index && other.name)
                  .map((other) => (
                    <label key={other.name}>
                      <input
                        type="checkbox"
                        checked={group.dependsOn.includes(other.name)}
                        onChange={(event) =>
                          setGroup(index, {
                            dependsOn: event.target.checked
                              ? [...group.dependsOn, other.name]
                              : group.dependsOn.filter((name) => name !== other.name),
                          })
                        }
                      />{' '}
                      {other.name}
                    </label>
                  ))}
              </div>
            )}
            {groups.length > 1 && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  setGroups(
                    groups
                      .filter((_, at) => at !== index)
                      .map((other) => ({ ...other, dependsOn: other.dependsOn.filter((name) => name !== group.name) })),
                  )
                }
              >
                Remove group
              </button>
            )}
          </div>
        ))}
        <div>
          <button type="button" className="button" onClick={() => setGroups([...groups, newGroup('')])}>
            Add group
          </button>
        </div>
      </fieldset>

      <div className="toolbar" style={{ marginTop: 12 }}>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {initial ? (save.isPending ? 'Saving…' : 'Save schedule') : save.isPending ? 'Creating…' : 'Create schedule'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {save.isError && (
        <p className="state-error" role="alert">
          {save.error.message}
        </p>
      )}
    </form>
  )
}
