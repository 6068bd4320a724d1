import { useTranslations } from 'next-intl'
import { formatQuantity, formatPrice } from '@/lib/domain/pricing/format-formula'
import type { StrategyResult } from '@/lib/domain/simulator/types'
import { formatCount, formatUsd } from '@/lib/format'
import { useSentence } from '@/lib/i18n/use-sentence'
import { formatShare } from './result-format'
import styles from './simulator.module.css'
import { usePeriod } from './use-period'

/** One strategy's line items with their formulas, cold starts, warnings and assumptions. */
export function StrategyDetails({ result, days }: { result: StrategyResult; days: number }) {
  const t = useTranslations('simulator.details')
  const title = useTranslations('simulator.strategies')(result.strategy)
  const period = usePeriod(days)
  const sentence = useSentence()
  const id = `strategy-${result.strategy}`
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <header className={styles.strategyHeader}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p>
          {t.rich('summary', {
            cost: formatUsd(result.monthlyCostUsd),
            period,
            coldStarts: formatCount(result.coldStartsPerMonth),
            share: formatShare(result.coldStartShare),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      </header>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('lineItem')}</th>
            <th scope="col" className="num">
              {t('quantity')}
            </th>
            <th scope="col" className="num">
              {t('unitPrice')}
            </th>
            <th scope="col" className="num">
              {t('cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.lineItems.map((item) => (
            <tr key={`${item.label}-${item.meter}`}>
              <td>
                {item.label}
                <div className="formula">{item.formula}</div>
              </td>
              <td className="num">
                {formatQuantity(item.quantity, 2)} {item.unit}
              </td>
              <td className="num">{formatPrice(item.unitPriceUsd)}</td>
              {/* Below a cent, four decimals keep a small line from reading as free. */}
              <td className="num">{formatUsd(item.costUsd, item.costUsd.gt(0) && item.costUsd.lt('0.01') ? 4 : 2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{t('total')}</td>
            <td className="num">{formatUsd(result.monthlyCostUsd)}</td>
          </tr>
        </tfoot>
      </table>
      {!result.viable && (
        <div role="note" aria-label={t('notViable', { strategy: title })} className={styles.notViable}>
          <strong>{t('cannotCarry')}</strong>
          <ul>
            {result.reasons.map((reason) => (
              <li key={reason.key}>{sentence(reason)}</li>
            ))}
          </ul>
        </div>
      )}
      {result.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label={t('warnings', { strategy: title })}>
          {result.warnings.map((warning) => (
            <li key={warning.key}>{sentence(warning)}</li>
          ))}
        </ul>
      )}
      <details>
        <summary className="muted">{t('assumptions')}</summary>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {result.assumptions.map((assumption) => (
            <li key={assumption.key}>{sentence(assumption)}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
