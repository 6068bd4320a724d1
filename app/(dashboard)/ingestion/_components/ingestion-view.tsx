'use client'

import type { IsoDay } from '@/lib/domain/calendar'
import { CostFileUpload } from './cost-file-upload'
import { ImportsTable } from './imports-table'
import { ReconciliationSection } from './reconciliation-section'
import { RunsTable } from './runs-table'
import { StartRunForm } from './start-run-form'

export function IngestionView({ today }: { today: IsoDay }) {
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Ingestion</h1>
          <p>Cost Explorer costs, Lambda configuration and CloudWatch metrics from AWS, cost files, and how billed Lambda reconciles with the per-function estimates.</p>
        </div>
      </header>
      <div className="grid">
        <div className="grid grid-2">
          <StartRunForm today={today} />
          <CostFileUpload />
        </div>
        <RunsTable />
        <ImportsTable />
        <ReconciliationSection />
      </div>
    </>
  )
}
