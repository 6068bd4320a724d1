'use client'

import { useTranslations } from 'next-intl'
import { IfAllowed } from '@/components/layout/if-allowed'
import type { IsoDay } from '@/lib/domain/calendar'
import { ingestionWrites } from '@/lib/query/ingestion'
import { CostFileUpload } from './cost-file-upload'
import { ImportsTable } from './imports-table'
import { ReconciliationSection } from './reconciliation-section'
import { RunsTable } from './runs-table'
import { StartRunForm } from './start-run-form'

export function IngestionView({ today }: { today: IsoDay }) {
  const t = useTranslations('ingestion')
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
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
