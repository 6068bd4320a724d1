'use client'

import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useSearchParams } from 'next/navigation'
import { QueryView } from '@/components/ui/query-view'
import type { WorkloadWindow } from '@/lib/domain/simulator/anomaly-days'
import { formFromInput } from '@/lib/domain/simulator/scenario-form'
import { scenarioFromWorkload } from '@/lib/domain/simulator/scenario-from-workload'
import { DEFAULT_SCENARIO } from '@/lib/domain/simulator/simulator-reference'
import { simulatorQueries } from '@/lib/query/simulator'
import { scenarioLink } from '@/lib/search-params/simulator'
import { FunctionPicker } from './function-picker'
import { SimulatorWorkbench } from './simulator-workbench'
import { WorkloadSource } from './workload-source'

/** Loads what the scenario starts from (reference data, a function's measured workload), then hands over to the workbench. */
export function SimulatorView({ functionId, window }: { functionId?: number; window: WorkloadWindow }) {
  const t = useTranslations('simulator')
  const searchParams = useSearchParams()
  const reference = useQuery(simulatorQueries.reference())
  const workload = useQuery({
    ...simulatorQueries.workload(functionId ?? 0, window),
    enabled: functionId !== undefined,
    retry: false,
  })

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
        <FunctionPicker selected={workload.data?.function} />
      </header>
      <QueryView
        query={reference}
        subject={t('subject')}
        loadingLabel={t('loading')}
        height={480}
        waiting={functionId !== undefined && workload.isPending}
      >
        {(rates) => {
          const base = workload.data ? scenarioFromWorkload(workload.data) : DEFAULT_SCENARIO
          const initialForm = scenarioLink.read(searchParams, formFromInput(base))
          return (
            <>
              {workload.isError && (
                <p className="banner banner-demo" role="alert">
                  {t('workloadFailed', { functionId: String(functionId), error: workload.error.message })}
                </p>
              )}
              {workload.data && <WorkloadSource workload={workload.data} window={window} />}
              <SimulatorWorkbench
                reference={rates}
                initialForm={initialForm}
                source={workload.data ? { functionId, ...window } : undefined}
                measuredProfile={workload.data?.workload.hourlyProfile}
              />
            </>
          )
        }}
      </QueryView>
    </>
  )
}
