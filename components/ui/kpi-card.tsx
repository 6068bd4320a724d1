import type { ReactNode } from 'react'

export function KpiCard({
  label,
  value,
  sub,
  testId,
}: {
  label: string
  value: ReactNode
  sub?: ReactNode
  testId?: string
}) {
  return (
    <section className="card kpi" data-testid={testId} aria-label={label}>
      <div className="label">{label}</div>
      <div className="value">{value}</div>
      {sub && <div className="sub">{sub}</div>}
    </section>
  )
}
