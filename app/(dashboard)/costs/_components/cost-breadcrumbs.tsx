'use client'

import type { Breadcrumb } from '@/lib/domain/costs/drill-down'
import styles from '../costs.module.css'
import type { Navigate } from './costs-view'
import { ViewLink } from './view-link'

export function CostBreadcrumbs({ crumbs, navigate }: { crumbs: Breadcrumb[]; navigate: Navigate }) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumbs} data-testid="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`}>
            {crumb.query ? (
              <ViewLink href={navigate.href(crumb.query)} onNavigate={() => navigate.go(crumb.query!)}>
                {crumb.label}
              </ViewLink>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
