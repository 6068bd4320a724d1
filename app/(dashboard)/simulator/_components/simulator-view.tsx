'use client'

import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'next/navigation'
import { ErrorState, LoadingBlock } from '@/components/ui/states'
import { formFromInput, formFromSearchParams } from '@/lib/domain/simulator/scenario-form'
import { scenarioFromWorkload } from '@/lib/domain/simulator/scenario-from-workload'
import { DEFAULT_SCENARIO } from '@/lib/domain/simulator/simulator-reference'
import { simulatorQueries } from '@/lib/query/simulator'
import { FunctionPicker } from './function-picker'
import { SimulatorWorkbench } from './simulator-workbench'
import { WorkloadSource } from './workload-source'

/** Loads what the scenario starts from (reference data, a function's measured workload), then hands over to the workbench. */
export function SimulatorView({ functionId, invalidFunctionId }: { functionId?: number; invalidFunctionId?: string }) {
  const searchParams = useSearchParams()
  const reference = useQuery(simulatorQueries.reference())
  const workload = useQuery({ ...simulatorQueries.workload(functionId ?? 0), enabled: functionId !== undefined, retry: false })

  const header = (
    <header className="page-header">
      <div>
        <h1>Simulator</h1>
        <p>Ping, provision, or move to a server? The same workload priced four ways, with cold starts and break-even points.</p>
      </div>
      <FunctionPicker selected={workload.data?.function} />
    </header>
  )
  if (reference.isError) return <>{header}<ErrorState message={`Could not load the rate card: ${reference.error.message}`} onRetry={() => reference.refetch()} /></>
  if (!reference.data || (functionId !== undefined && workload.isPending)) return <>{header}<LoadingBlock height={480} label="Loading the simulator" /></>

  const base = workload.data ? scenarioFromWorkload(workload.data) : DEFAULT_SCENARIO
  const initialForm = formFromSearchParams(searchParams, formFromInput(base))
  return (
    <>
      {header}
      {invalidFunctionId !== undefined && (
        <p className="banner banner-demo" role="alert">“{invalidFunctionId}” is not a function id; showing the example scenario.</p>
      )}
      {workload.isError && (
        <p className="banner banner-demo" role="alert">
          Could not load function {functionId}: {workload.error.message} Showing the example scenario.
        </p>
      )}
      {workload.data && <WorkloadSource workload={workload.data} />}
      <SimulatorWorkbench reference={reference.data} initialForm={initialForm} functionId={workload.data ? functionId : undefined} measuredProfile={workload.data?.workload.hourlyProfile} />
    </>
  )
}
