'use client'

import { useTranslations } from 'next-intl'
import { SERIES } from '@/components/charts/palette'
import { TimeSeriesChart } from '@/components/charts/time-series-chart'
import { EmptyState } from '@/components/ui/states'
import {
  chartNumber,
  formatCount,
  formatDay,
  formatHour,
  formatInstant,
  formatShortDay,
  formatZone,
} from '@/lib/format'
import { formatDurationMs } from '@/lib/format-durations'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import type { FunctionDetail } from '@/lib/schemas/functions'
import { timelineMarks } from './timeline-marks'
import { TableScroll } from '@/components/ui/table-scroll'

export function FunctionTimeline({ data }: { data: FunctionDetail }) {
  const hourly = data.range.granularity === 'hour'
  const t = useTranslations('time')
  const time = useTimeFormat()
  if (data.series.length === 0) {
    return (
      <section className="card">
        <EmptyState title={hourly ? 'No hourly metrics in this range' : 'No metrics in this range'}>
          <p>
            {hourly
              ? `Hourly metrics are kept for the most recent days${data.range.hourlyFrom ? `, from ${formatDay(data.range.hourlyFrom)}` : ''}.`
              : 'Pick another range.'}
          </p>
        </EmptyState>
      </section>
    )
  }
  // Hours are the reader's (a UTC-midnight hour reads 09:00 in Seoul); days stay the UTC days AWS bills by.
  const tick = hourly ? (hour: string) => formatHour(hour, time) : (day: string) => formatShortDay(day, time.locale)
  const zone = formatZone(data.series[0]!.t, time)
  const keepWarm = new Map(data.keepWarm.days.map((day) => [day.day, chartNumber(day.actualUsd)]))
  const rows = data.series.map((point) => ({
    t: point.t,
    cost: chartNumber(point.costUsd),
    keepWarm: hourly ? null : (keepWarm.get(point.t) ?? null),
    invocations: point.invocations,
    errors: point.errors,
    throttles: point.throttles,
    avg: point.durationAvgMs,
    p99: point.durationP99Ms,
    max: point.durationMaxMs,
    concurrency: point.concurrencyMax,
    gbSeconds: chartNumber(point.gbSeconds),
  }))
  const { markers, areas } = timelineMarks(data)
  const marks = { markers, areas, formatTick: tick, timeNote: hourly ? t('hoursIn', { zone }) : t('utcDays') }
  return (
    <section className="card" aria-labelledby="timeline-title">
      <header>
        <h2 id="timeline-title">Timeline, {hourly ? 'hourly' : 'daily'}</h2>
        <p>Shaded: anomalies · dashed purple lines: configuration changes</p>
      </header>
      {(markers.length > 0 || areas.length > 0) && (
        <ul className="muted" data-testid="timeline-marks" style={{ margin: '0 0 8px', paddingLeft: 18 }}>
          {areas.map((area) => (
            <li key={`${area.label}-${area.from}`}>
              <strong>{area.label}</strong>{' '}
              {hourly
                ? `${formatInstant(area.from, time)} to ${formatInstant(area.to, time)}`
                : `${formatDay(area.from)} to ${formatDay(area.to)}`}
            </li>
          ))}
          {markers.map((marker) => (
            <li key={`${marker.t}-${marker.label}`}>
              Configuration change {hourly ? formatInstant(marker.t, time) : formatDay(marker.t)}: {marker.label}
            </li>
          ))}
        </ul>
      )}
      <div className="grid grid-2">
        <div>
          <h3>Estimated cost{hourly ? '' : ' and keep-warm pings'}</h3>
          <TimeSeriesChart
            {...marks}
            data={rows}
            ariaLabel="Estimated cost over time"
            series={[
              { key: 'cost', label: 'Estimated cost', kind: 'bar' },
              ...(hourly ? [] : [{ key: 'keepWarm', label: 'Keep-warm pings', kind: 'line' as const }]),
            ]}
            unit="usd"
          />
        </div>
        <div>
          <h3>Invocations, errors and throttles</h3>
          <TimeSeriesChart
            {...marks}
            data={rows}
            ariaLabel="Invocations, errors and throttles over time"
            series={[
              { key: 'invocations', label: 'Invocations', kind: 'line', color: SERIES.teal },
              { key: 'errors', label: 'Errors', kind: 'line', axis: 'right', color: SERIES.red },
              { key: 'throttles', label: 'Throttles', kind: 'line', axis: 'right', dashed: true, color: SERIES.purple },
            ]}
            unit="count"
          />
        </div>
        <div>
          <h3>Duration</h3>
          <TimeSeriesChart
            {...marks}
            data={rows}
            ariaLabel="Duration average, p99 and maximum over time"
            series={[
              { key: 'avg', label: 'Average', kind: 'line' },
              { key: 'p99', label: 'p99', kind: 'line' },
              { key: 'max', label: 'Maximum', kind: 'line', dashed: true },
            ]}
            unit="duration"
          />
        </div>
        <div>
          <h3>Concurrency and billed GB-seconds</h3>
          <TimeSeriesChart
            {...marks}
            data={rows}
            ariaLabel="Concurrency and billed GB-seconds over time"
            series={[
              { key: 'gbSeconds', label: 'Billed GB-s', kind: 'bar' },
              { key: 'concurrency', label: 'Concurrent executions (max)', kind: 'line', axis: 'right' },
            ]}
            unit="count"
          />
        </div>
      </div>
      <details>
        <summary className="muted">Show as a table</summary>
        <TableScroll label="Timeline table">
          <table className="table" data-testid="timeline-table">
            <thead>
              <tr>
                <th scope="col">{hourly ? t('hourIn', { zone }) : 'Day (UTC)'}</th>
                <th scope="col" className="num">
                  Invocations
                </th>
                <th scope="col" className="num">
                  Errors
                </th>
                <th scope="col" className="num">
                  Throttles
                </th>
                <th scope="col" className="num">
                  Avg
                </th>
                <th scope="col" className="num">
                  p99
                </th>
                <th scope="col" className="num">
                  Max
                </th>
                <th scope="col" className="num">
                  Concurrency
                </th>
                <th scope="col" className="num">
                  GB-s
                </th>
                <th scope="col" className="num">
                  Estimated cost
                </th>
                <th scope="col">Marks</th>
              </tr>
            </thead>
            <tbody>
              {data.series.map((point) => {
                const notes = [
                  ...areas.filter((area) => area.from <= point.t && point.t <= area.to).map((area) => area.label),
                  ...markers.filter((marker) => marker.t === point.t).map((marker) => marker.label),
                ]
                return (
                  <tr key={point.t}>
                    <th scope="row">{hourly ? formatHour(point.t, time) : formatDay(point.t)}</th>
                    <td className="num">{formatCount(point.invocations)}</td>
                    <td className="num">{formatCount(point.errors)}</td>
                    <td className="num">{formatCount(point.throttles)}</td>
                    <td className="num">{formatDurationMs(point.durationAvgMs)}</td>
                    <td className="num">{formatDurationMs(point.durationP99Ms)}</td>
                    <td className="num">{formatDurationMs(point.durationMaxMs)}</td>
                    <td className="num">{point.concurrencyMax === null ? '—' : formatCount(point.concurrencyMax)}</td>
                    <td className="num">{formatCount(Number(point.gbSeconds))}</td>
                    <td className="num">{formatSmallUsd(point.costUsd)}</td>
                    <td>{notes.join('; ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  )
}
