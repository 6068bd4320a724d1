'use client'

import { IfAllowed } from '@/components/layout/if-allowed'
import type { IsoDay } from '@/lib/domain/calendar'
import { ingestionWrites } from '@/lib/query/ingestion'
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
          <IfAllowed write={ingestionWrites.startRun}>
            <StartRunForm today={today} />
          </IfAllowed>
          <IfAllowed write={ingestionWrites.importFile}>
            <CostFileUpload />
          </IfAllowed>
        </div>
        <RunsTable />
        <ImportsTable />
        <ReconciliationSection />
      </div>
    </>
  )
}
