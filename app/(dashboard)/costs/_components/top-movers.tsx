'use client'

import type { CostQuery } from '@/lib/domain/costs/dimensions'
import type { CostBreakdown, CostGroup } from '@/lib/domain/costs/shape-cost-breakdown'
import { deltaClass, formatPct, formatRange, formatSignedUsd } from '@/lib/format'
import styles from '../costs.module.css'
import type { Navigate } from './costs-view'
import { ViewLink } from './view-link'

export function TopMovers({
  data,
  drill,
  navigate,
  comparable,
}: {
  data: CostBreakdown
  drill: (group: CostGroup) => CostQuery | null
  navigate: Navigate
  comparable: boolean
}) {
  const byKey = new Map(data.groups.map((group) => [group.key, group]))
  const list = (keys: string[], empty: string) =>
    keys.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ol>
        {keys.map((key) => {
          const group = byKey.get(key)!
          const target = drill(group)
          return (
            <li key={key}>
              {target ? (
                <ViewLink href={navigate.href(target)} onNavigate={() => navigate.go(target)}>
                  {group.label}
                </ViewLink>
              ) : (
                group.label
              )}{' '}
              <span className={deltaClass(group.changeUsd)}>{formatSignedUsd(group.changeUsd)}</span>{' '}
              <span className="muted">{formatPct(group.changePct, { signed: true })}</span>
            </li>
          )
        })}
      </ol>
    )
  return (
    <section className="card" aria-labelledby="movers-title" data-testid="top-movers">
      <header>
        <h2 id="movers-title">Top movers</h2>
      </header>
      {!comparable ? (
        <p className="muted">
          No data to compare: nothing was recorded in {formatRange(data.comparison.from, data.comparison.to)}.
        </p>
      ) : (
        <div className={styles.movers}>
          <div>
            <h3>Up</h3>
            {list(data.movers.up, 'Nothing went up.')}
          </div>
          <div>
            <h3>Down</h3>
            {list(data.movers.down, 'Nothing went down.')}
          </div>
        </div>
      )}
    </section>
  )
}
