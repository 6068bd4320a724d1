'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { TimeSeriesChart } from '@/components/charts/time-series-chart'
import { BudgetStatus } from '@/components/ui/budget-status'
import { MonthPicker } from '@/components/ui/month-picker'
import {
  chartNumber,
  formatCount,
  formatDay,
  formatMonth,
  formatShortDay,
  formatSignedUsd,
  formatUsd,
} from '@/lib/format'
import { formatDurationMs } from '@/lib/format-durations'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { budgetWrites } from '@/lib/query/budgets'
import type { FunctionDetail } from '@/lib/schemas/functions'
import { BudgetForm, type BudgetDraft } from './budget-form'
import { RETRIED_PINGS_RULE } from '@/lib/domain/keep-warm/retried-pings'
import { TableScroll } from '@/components/ui/table-scroll'

type KeepWarm = FunctionDetail['keepWarm']

export function KeepWarmPanel({
  data,
  onSelectMonth,
}: {
  data: FunctionDetail
  onSelectMonth: (month: string) => void
}) {
  const { budget, suggestion } = data.keepWarm
  const [editing, setEditing] = useState<null | { draft: BudgetDraft; source: 'user' | 'suggestion' }>(null)
  const fromSuggestion = suggestion
    ? {
        intervalMinutes: suggestion.intervalMinutes,
        concurrency: suggestion.concurrency,
        pingDurationMs: suggestion.pingDurationMs,
        memoryMb: null,
        note: 'Suggested from its invocation pattern',
      }
    : null
  return (
    <section className="card" aria-labelledby="keep-warm-title" data-testid="keep-warm-panel">
      <header>
        <div>
          <h2 id="keep-warm-title">Keep-warm budget against actual</h2>
          <p data-testid="keep-warm-actual-rule">{RETRIED_PINGS_RULE}</p>
        </div>
        {!editing && (
          <IfAllowed write={budgetWrites.update}>
            <button
              type="button"
              className="button"
              onClick={() =>
                setEditing({
                  draft: budget ??
                    fromSuggestion ?? {
                      intervalMinutes: 5,
                      concurrency: 1,
                      pingDurationMs: 100,
                      memoryMb: null,
                      note: null,
                    },
                  source: !budget && suggestion ? 'suggestion' : 'user',
                })
              }
            >
              {budget ? 'Edit budget' : suggestion ? 'Create budget from suggestion' : 'Create budget'}
            </button>
          </IfAllowed>
        )}
      </header>
      {editing && (
        <BudgetForm
          functionId={data.function.id}
          initial={editing.draft}
          exists={budget !== null}
          source={editing.source}
          onDone={() => setEditing(null)}
        />
      )}
      {budget ? (
        <BudgetSummary budget={budget} months={data.keepWarm.months} onSelectMonth={onSelectMonth} />
      ) : suggestion ? (
        <SuggestionSummary suggestion={suggestion} />
      ) : (
        !editing && (
          <p className="muted">
            No budget, and the invocations do not look like a schedule (a ping floor in every hour).
          </p>
        )
      )}
      {budget && data.keepWarm.history.length > 0 && <BudgetHistory history={data.keepWarm.history} />}
      {data.keepWarm.days.length > 0 && <KeepWarmDays keepWarm={data.keepWarm} budgeted={budget !== null} />}
    </section>
  )
}

function Formula({ formula }: { formula: NonNullable<KeepWarm['budget']>['formula'] }) {
  return (
    <table className="table" aria-label="Expected cost formula">
      <caption>Expected cost of {formula.days} days at list price, from the pricing engine</caption>
      <tbody>
        {formula.lineItems.map((item) => (
          <tr key={item.label}>
            <th scope="row">{item.label}</th>
            <td className="formula">{item.formula}</td>
            <td className="num">{formatUsd(item.costUsd, 4)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>Expected for {formula.days} days</td>
          <td className="num">{formatSmallUsd(formula.totalUsd)}</td>
        </tr>
      </tfoot>
    </table>
  )
}

function BudgetSummary({
  budget,
  months,
  onSelectMonth,
}: {
  budget: NonNullable<KeepWarm['budget']>
  months: string[]
  onSelectMonth: (month: string) => void
}) {
  const month = budget.month
  const previous = budget.previousMonth
  return (
    <div className="grid grid-3-1">
      <div>
        <p>
          A ping every <strong>{budget.intervalMinutes} min</strong>, <strong>{budget.concurrency}</strong> at once,
          expected to last <strong>{formatDurationMs(budget.pingDurationMs)}</strong> at{' '}
          {formatCount(budget.effectiveMemoryMb)} MB ({budget.architecture}){budget.note ? ` — ${budget.note}` : ''}.
        </p>
        <Formula formula={budget.formula} />
      </div>
      {month && (
        <div data-testid="keep-warm-month">
          {months.length > 0 && <MonthPicker month={month.month} months={months} onChange={onSelectMonth} />}
          <h3>
            {formatMonth(month.month)}
            {month.complete ? ', the whole month' : `, day ${month.daysElapsed} of ${month.daysInMonth}`}
          </h3>
          <table className="table">
            <tbody>
              <tr>
                <th scope="row">{month.complete ? 'Actual' : 'Month to date, actual'}</th>
                <td className="num">{formatSmallUsd(month.mtdActualUsd)}</td>
              </tr>
              <tr>
                <th scope="row">{month.complete ? 'Budget' : 'Month to date, budget'}</th>
                <td className="num">{formatSmallUsd(month.mtdExpectedUsd)}</td>
              </tr>
              {!month.complete && (
                <tr>
                  <th scope="row">Projected to month end</th>
                  <td className="num">{formatSmallUsd(month.projectedUsd)}</td>
                </tr>
              )}
              <tr>
                <th scope="row">Budget for the month</th>
                <td className="num">{formatSmallUsd(month.expectedUsd)}</td>
              </tr>
              <tr>
                <th scope="row">Result</th>
                <td className="num" data-testid="keep-warm-month-result">
                  <BudgetStatus month={month} />
                </td>
              </tr>
              {previous && (
                <tr>
                  <th scope="row">{formatMonth(previous.month)}</th>
                  <td className="num" data-testid="keep-warm-previous-month">
                    <BudgetStatus month={previous} />{' '}
                    <span className="muted">
                      {formatSmallUsd(previous.projectedUsd)} of {formatSmallUsd(previous.expectedUsd)}
                    </span>
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

/** Each month against the budget, newest first: a month that ran over stays over after the next one begins. */
function BudgetHistory({ history }: { history: KeepWarm['history'] }) {
  return (
    <>
      <h3 style={{ marginTop: 16 }}>Month by month</h3>
      <TableScroll label="Keep-warm budget by month">
        <table className="table" data-testid="keep-warm-history">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Actual
              </th>
              <th scope="col" className="num">
                Over (+) or under (−)
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {history.map((month) => (
              <tr key={month.month}>
                <th scope="row">
                  {formatMonth(month.month)}
                  {!month.complete && <div className="muted">to day {month.daysElapsed}, projected</div>}
                </th>
                <td className="num">{formatSmallUsd(month.expectedUsd)}</td>
                <td className="num">{formatSmallUsd(month.projectedUsd)}</td>
                <td className="num">{formatSignedUsd(month.varianceUsd)}</td>
                <td>
                  <BudgetStatus month={month} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}

function SuggestionSummary({ suggestion }: { suggestion: NonNullable<KeepWarm['suggestion']> }) {
  return (
    <div>
      <p>
        <span className="badge badge-accent">suggested</span> The invocations look like a schedule:{' '}
        <strong>{suggestion.pingsPerHour} an hour</strong> in {suggestion.hoursMatching} of {suggestion.hoursObserved}{' '}
        hours, i.e. every {suggestion.intervalMinutes} min × {suggestion.concurrency}, at{' '}
        {formatDurationMs(suggestion.pingDurationMs)} (
        {suggestion.durationSource === 'measured'
          ? 'measured ping duration'
          : 'the function’s average duration; real traffic hides the pings'}
        ).
      </p>
      <Formula formula={suggestion.formula} />
    </div>
  )
}

function KeepWarmDays({ keepWarm, budgeted }: { keepWarm: KeepWarm; budgeted: boolean }) {
  const t = useTranslations('time')
  const locale = useLocale()
  const rows = keepWarm.days.map((day) => ({
    t: day.day,
    actual: chartNumber(day.actualUsd),
    expected: day.expectedUsd === null ? null : chartNumber(day.expectedUsd),
  }))
  return (
    <>
      <h3 style={{ marginTop: 16 }}>Each day: {budgeted ? 'budget against actual' : 'actual pings'}</h3>
      <TimeSeriesChart
        data={rows}
        ariaLabel="Keep-warm cost per day, budget against actual"
        series={[
          { key: 'actual', label: 'Actual pings', kind: 'bar' },
          ...(budgeted ? [{ key: 'expected', label: 'Budget', kind: 'line' as const, dashed: true }] : []),
        ]}
        formatTick={(day) => formatShortDay(day, locale)}
        timeNote={t('utcDays')}
        unit="usd"
        height={200}
      />
      <details>
        <summary className="muted">Show each day as a table</summary>
        <TableScroll label="Keep-warm days table">
          <table className="table" data-testid="keep-warm-days">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  Pings (budget)
                </th>
                <th scope="col" className="num">
                  Pings (actual)
                </th>
                <th scope="col" className="num">
                  Failed
                </th>
                <th scope="col" className="num">
                  Duration (budget)
                </th>
                <th scope="col" className="num">
                  Duration (actual)
                </th>
                <th scope="col" className="num">
                  Cost (budget)
                </th>
                <th scope="col" className="num">
                  Cost (actual)
                </th>
              </tr>
            </thead>
            <tbody>
              {keepWarm.days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{formatDay(day.day)}</th>
                  <td className="num">{day.expectedPings === null ? '—' : formatCount(day.expectedPings)}</td>
                  <td className="num">{formatCount(day.pings)}</td>
                  <td className="num">{formatCount(day.failedPings)}</td>
                  <td className="num">{formatDurationMs(day.expectedDurationMs)}</td>
                  <td className="num">
                    {formatDurationMs(day.pingDurationMs)}
                    {day.durationSource === 'measured' && day.pingDurationNoiseMs > 0 && (
                      <span className="muted"> ±{formatDurationMs(day.pingDurationNoiseMs)}</span>
                    )}
                    {day.durationSource !== 'measured' && <div className="muted">{day.durationSource}</div>}
                  </td>
                  <td className="num">{day.expectedUsd === null ? '—' : formatSmallUsd(day.expectedUsd)}</td>
                  <td className="num">{formatSmallUsd(day.actualUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  )
}
