'use client'

import { useState } from 'react'
import type { CostCurvePoint } from '@/lib/domain/simulator/cost-curve'
import { STRATEGY_LABELS } from '@/lib/domain/simulator/simulator-reference'
import type { SimulationResult } from '@/lib/domain/simulator/types'
import { formatCount, formatUsd } from '@/lib/format'
import { CostBars, CostCurve } from './result-charts'
import { formatShare, intervalRange, periodLabel } from './result-format'
import { StrategyDetails } from './strategy-details'
import styles from './simulator.module.css'

type Props = {
  result: SimulationResult
  chartResult: SimulationResult
  curve: CostCurvePoint[]
  stale: boolean
  shareUrl: () => string
}

export function SimulationResults({ result, chartResult, curve, stale, shareUrl }: Props) {
  const [link, setLink] = useState<string>()
  const period = periodLabel(result.input.days)
  const label = (strategy: keyof typeof STRATEGY_LABELS) => STRATEGY_LABELS[strategy]
  const copy = () => {
    const url = shareUrl()
    setLink(url)
    void navigator.clipboard?.writeText(url).catch(() => undefined)
  }
  return (
    <div className={`${styles.results} ${stale ? styles.stale : ''}`} aria-busy={stale || undefined}>
      <section className="card" aria-labelledby="verdict-title">
        <header>
          <h2 id="verdict-title">Answer</h2>
          <p>
            {stale
              ? 'Showing the last valid scenario: fix the highlighted field.'
              : `List prices, rate card ${result.rateCardVersion}`}
          </p>
        </header>
        <p className={styles.verdict} data-testid="verdict" aria-live="polite">
          {result.verdict ?? 'Switch on at least one strategy to compare.'}
        </p>
        {result.strategies.length > 0 && (
          <p
            className="muted"
            data-testid="recommendation"
            data-recommended={result.recommended ?? ''}
            style={{ marginTop: 8 }}
          >
            {result.recommended ? (
              <>
                Recommended: <strong>{label(result.recommended)}</strong>.{' '}
              </>
            ) : (
              <strong>No recommendation. </strong>
            )}
            {result.recommendedReason}
          </p>
        )}
        {result.unavailable.map((entry) => (
          <p key={entry.strategy} className="badge badge-warn" style={{ marginTop: 8 }}>
            {label(entry.strategy)} cannot be priced: {entry.reason}
          </p>
        ))}
        <div className={styles.share}>
          <button type="button" className="button" onClick={copy}>
            Copy link to this scenario
          </button>
          {link && (
            <input
              aria-label="Link to this scenario"
              readOnly
              value={link}
              onFocus={(event) => event.target.select()}
              data-testid="share-link"
            />
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="costs-title">
        <header>
          <h2 id="costs-title">Cost per strategy</h2>
          <p>
            {period === 'a month' ? 'A 30-day month' : `For ${result.input.days} days`}, unrounded amounts shown to the
            cent
          </p>
        </header>
        <CostBars result={chartResult} />
        <table className="table" data-testid="strategy-costs">
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col" className="num">
                Cost {period}
              </th>
              <th scope="col" className="num">
                Cold starts {period}
              </th>
              <th scope="col" className="num">
                Requests that hit one
              </th>
              <th scope="col">Carries the workload</th>
            </tr>
          </thead>
          <tbody>
            {result.strategies.map((entry) => (
              <tr key={entry.strategy} data-strategy={entry.strategy} data-viable={entry.viable}>
                <th scope="row">
                  {label(entry.strategy)}
                  {entry.strategy === result.recommended && (
                    <span className="badge badge-good" style={{ marginLeft: 6 }}>
                      recommended
                    </span>
                  )}
                  {entry.strategy === result.cheapest && entry.strategy !== result.recommended && (
                    <span className="badge" style={{ marginLeft: 6 }}>
                      cheapest
                    </span>
                  )}
                </th>
                <td className="num">{formatUsd(entry.monthlyCostUsd)}</td>
                <td className="num">{formatCount(entry.coldStartsPerMonth)}</td>
                <td className="num">{formatShare(entry.coldStartShare)}</td>
                <td>{entry.viable ? 'Yes' : <span className="badge badge-warn">Not viable</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="curve-title">
        <header>
          <h2 id="curve-title">Cost against traffic</h2>
          <p>The same scenario from 10 to 10 million requests a day; dashed lines mark break-even points</p>
        </header>
        <CostCurve result={chartResult} curve={curve} />
        <table className="table" data-testid="break-even">
          <caption>Break-even points between 0 and 10 million requests a day</caption>
          <thead>
            <tr>
              <th scope="col">Strategies</th>
              <th scope="col" className="num">
                Break even at (requests a day)
              </th>
              <th scope="col">Cheaper, by requests a day</th>
            </tr>
          </thead>
          <tbody>
            {result.breakEven.map((entry) => (
              <tr key={entry.strategies.join()} data-pair={entry.strategies.join()}>
                <th scope="row">
                  {label(entry.strategies[0])} vs {label(entry.strategies[1])}
                </th>
                <td className="num">
                  {entry.crossings.length ? entry.crossings.map((x) => `~${formatCount(x)}`).join(', ') : 'none'}
                </td>
                <td>
                  <ul className={styles.intervals}>
                    {entry.intervals.map((interval) => (
                      <li key={interval.fromRequestsPerDay}>
                        {interval.cheaper ? label(interval.cheaper) : 'Equal'} {intervalRange(interval)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {result.strategies.map((entry) => (
        <StrategyDetails key={entry.strategy} result={entry} days={result.input.days} />
      ))}

      <section className="card" aria-labelledby="assumptions-title">
        <header>
          <h2 id="assumptions-title">Model and assumptions</h2>
        </header>
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {result.assumptions.map((assumption) => (
            <li key={assumption}>{assumption}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
