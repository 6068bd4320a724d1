'use client'

import { useQuery } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { TimeSeriesChart } from '@/components/charts/time-series-chart'
import { LoadingBlock } from '@/components/ui/states'
import { chartNumber, formatShortDay } from '@/lib/format'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { anomalyQueries } from '@/lib/query/anomalies'
import type { AnomalyDto } from '@/lib/schemas/anomalies'

/** Amounts by the display rule (full precision in the title and the API), counts with separators. */
function evidenceValue(key: string, value: string | number | boolean | null): string {
  if (value === null) return '—'
  if (key.endsWith('Usd')) return formatSmallUsd(String(value))
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
  return String(value)
}

/** One anomaly (an incident's root cause): what happened, its chart around the period, and its evidence. */
export function AnomalyDetails({ anomaly, children }: { anomaly: AnomalyDto; children?: ReactNode }) {
  const detail = useQuery(anomalyQueries.detail(anomaly.id))
  const t = useTranslations('anomalies.details')
  const time = useTranslations('time')
  const kinds = useTranslations('anomalyKinds')
  const locale = useLocale()
  return (
    <div className="grid grid-3-1" data-testid="anomaly-details">
      <div>
        <p style={{ marginTop: 0 }}>{anomaly.explanation}</p>
        {detail.data ? (
          <TimeSeriesChart
            data={detail.data.context.points.map((point) => ({
              t: point.day,
              cost: chartNumber(point.costUsd),
              metric: point.metric,
            }))}
            series={[
              { key: 'cost', label: detail.data.context.costLabel, kind: 'bar' },
              ...(detail.data.context.points.some((point) => point.metric !== null)
                ? [
                    {
                      key: 'metric',
                      label: detail.data.context.metricLabel,
                      kind: 'line' as const,
                      axis: 'right' as const,
                    },
                  ]
                : []),
            ]}
            areas={
              anomaly.kind === 'config_risk'
                ? []
                : [{ from: anomaly.firstDay, to: anomaly.lastDay, label: kinds(anomaly.kind) }]
            }
            ariaLabel={t('chartLabel', { label: detail.data.context.costLabel })}
            formatTick={(day) => formatShortDay(day, locale)}
            timeNote={time('utcDays')}
            unit="usd"
            rightUnit="count"
            height={200}
          />
        ) : (
          <LoadingBlock height={200} label={t('loadingChart')} />
        )}
        {anomaly.functionId !== null && (
          <p>
            <Link href={`/functions/${anomaly.functionId}?from=${anomaly.firstDay}&to=${anomaly.lastDay}`}>
              {t('open', { name: anomaly.functionName ?? '' })}
            </Link>
          </p>
        )}
      </div>
      <div>
        <table className="table" aria-label={t('evidence')}>
          <caption>{t('evidence')}</caption>
          <tbody>
            {Object.entries(anomaly.evidence).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td className="num" style={{ whiteSpace: 'normal' }} title={String(value)}>
                  {evidenceValue(key, value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {children}
      </div>
    </div>
  )
}
