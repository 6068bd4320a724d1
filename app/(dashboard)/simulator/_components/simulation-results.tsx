'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { CostCurvePoint } from '@/lib/domain/simulator/cost-curve'
import type { SimulationResult, StrategyName } from '@/lib/domain/simulator/types'
import { formatCount, formatUsd } from '@/lib/format'
import { useSentence } from '@/lib/i18n/use-sentence'
import { CostBars, CostCurve } from './result-charts'
import { formatShare, intervalRange } from './result-format'
import { StrategyDetails } from './strategy-details'
import styles from './simulator.module.css'
import { usePeriod } from './use-period'

type Props = {
  result: SimulationResult
  chartResult: SimulationResult
  curve: CostCurvePoint[]
  stale: boolean
  shareUrl: () => string
}

export function SimulationResults({ result, chartResult, curve, stale, shareUrl }: Props) {
  const [link, setLink] = useState<string>()
  const t = useTranslations('simulator')
  const sentence = useSentence()
  const period = usePeriod(result.input.days)
  const label = (strategy: StrategyName) => t(`strategies.${strategy}`)
  const rangeText = (interval: Parameters<typeof intervalRange>[0]) => {
    const { key, values } = intervalRange(interval)
    return t(`range.${key}`, values)
  }
  const copy = () => {
    const url = shareUrl()
    setLink(url)
    void navigator.clipboard?.writeText(url).catch(() => undefined)
  }
  return (
    <div className={`${styles.results} ${stale ? styles.stale : ''}`} aria-busy={stale || undefined}>
      <section className="card" aria-labelledby="verdict-title">
        <header>
          <h2 id="verdict-title">{t('results.answer')}</h2>
          <p>{stale ? t('results.stale') : t('results.listPrices', { version: result.rateCardVersion })}</p>
        </header>
        <p className={styles.verdict} data-testid="verdict" aria-live="polite">
          {result.verdict ? result.verdict.map(sentence).join(' ') : t('results.noStrategy')}
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
                {t.rich('results.recommended', {
                  strategy: label(result.recommended),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}{' '}
              </>
            ) : (
              <strong>{t('results.noRecommendation')} </strong>
            )}
            {sentence(result.recommendedReason)}
          </p>
        )}
        {result.unavailable.map((entry) => (
          <p key={entry.strategy} className="badge badge-warn" style={{ marginTop: 8 }}>
            {t('results.cannotPrice', { strategy: label(entry.strategy), reason: entry.reason })}
          </p>
        ))}
        <div className={styles.share}>
          <button type="button" className="button" onClick={copy}>
            {t('results.copyLink')}
          </button>
          {link && (
            <input
              aria-label={t('results.link')}
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
          <h2 id="costs-title">{t('results.costsTitle')}</h2>
          <p>
            {result.input.days === 30 ? t('results.costsMonth') : t('results.costsDays', { days: result.input.days })}
          </p>
        </header>
        <CostBars result={chartResult} />
        <table className="table" data-testid="strategy-costs">
          <thead>
            <tr>
              <th scope="col">{t('results.strategy')}</th>
              <th scope="col" className="num">
                {t('results.cost', { period })}
              </th>
              <th scope="col" className="num">
                {t('results.coldStarts', { period })}
              </th>
              <th scope="col" className="num">
                {t('results.hitShare')}
              </th>
              <th scope="col">{t('results.carries')}</th>
            </tr>
          </thead>
          <tbody>
            {result.strategies.map((entry) => (
              <tr key={entry.strategy} data-strategy={entry.strategy} data-viable={entry.viable}>
                <th scope="row">
                  {label(entry.strategy)}
                  {entry.strategy === result.recommended && (
                    <span className="badge badge-good" style={{ marginLeft: 6 }}>
                      {t('results.recommendedBadge')}
                    </span>
                  )}
                  {entry.strategy === result.cheapest && entry.strategy !== result.recommended && (
                    <span className="badge" style={{ marginLeft: 6 }}>
                      {t('results.cheapestBadge')}
                    </span>
                  )}
                </th>
                <td className="num">{formatUsd(entry.monthlyCostUsd)}</td>
                <td className="num">{formatCount(entry.coldStartsPerMonth)}</td>
                <td className="num">{formatShare(entry.coldStartShare)}</td>
                <td>
                  {entry.viable ? t('results.yes') : <span className="badge badge-warn">{t('results.notViable')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="curve-title">
        <header>
          <h2 id="curve-title">{t('results.curveTitle')}</h2>
          <p>{t('results.curveSubtitle')}</p>
        </header>
        <CostCurve result={chartResult} curve={curve} />
        <table className="table" data-testid="break-even">
          <caption>{t('results.breakEvenCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.strategies')}</th>
              <th scope="col" className="num">
                {t('results.breakEvenAt')}
              </th>
              <th scope="col">{t('results.cheaperBy')}</th>
            </tr>
          </thead>
          <tbody>
            {result.breakEven.map((entry) => (
              <tr key={entry.strategies.join()} data-pair={entry.strategies.join()}>
                <th scope="row">
                  {t('results.versus', { first: label(entry.strategies[0]), second: label(entry.strategies[1]) })}
                </th>
                <td className="num">
                  {entry.crossings.length
                    ? entry.crossings.map((x) => `~${formatCount(x)}`).join(', ')
                    : t('results.none')}
                </td>
                <td>
                  <ul className={styles.intervals}>
                    {entry.intervals.map((interval) => (
                      <li key={interval.fromRequestsPerDay}>
                        {t('results.cheaper', {
                          strategy: interval.cheaper ? label(interval.cheaper) : t('results.equal'),
                          range: rangeText(interval),
                        })}
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
          <h2 id="assumptions-title">{t('results.assumptionsTitle')}</h2>
        </header>
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {result.assumptions.map((assumption) => (
            <li key={assumption.key}>{sentence(assumption)}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
