import { formatQuantity, formatPrice } from '@/lib/domain/pricing/format-formula'
import { STRATEGY_LABELS } from '@/lib/domain/simulator/simulator-reference'
import type { StrategyResult } from '@/lib/domain/simulator/types'
import { formatCount, formatUsd } from '@/lib/format'
import { formatShare, periodLabel } from './result-format'
import styles from './simulator.module.css'

/** One strategy's line items with their formulas, cold starts, warnings and assumptions. */
export function StrategyDetails({ result, days }: { result: StrategyResult; days: number }) {
  const title = STRATEGY_LABELS[result.strategy]
  const id = `strategy-${result.strategy}`
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <header className={styles.strategyHeader}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p>
          <strong>{formatUsd(result.monthlyCostUsd)}</strong> {periodLabel(days)} ·{' '}
          {formatCount(result.coldStartsPerMonth)} cold starts ({formatShare(result.coldStartShare)} of requests)
        </p>
      </header>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Line item and formula</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num">
              Unit price
            </th>
            <th scope="col" className="num">
              Cost
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
            <td colSpan={3}>Total</td>
            <td className="num">{formatUsd(result.monthlyCostUsd)}</td>
          </tr>
        </tfoot>
      </table>
      {!result.viable && (
        <div role="note" aria-label={`${title} is not viable`} className={styles.notViable}>
          <strong>Not viable: it cannot carry this workload.</strong>
          <ul>
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {result.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label={`${title} warnings`}>
          {result.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <details>
        <summary className="muted">Assumptions</summary>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {result.assumptions.map((assumption) => (
            <li key={assumption}>{assumption}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
