'use client'

import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { costCurve } from '@/lib/domain/simulator/cost-curve'
import { fieldOfIssue, formToInput, type FormField, type ScenarioForm } from '@/lib/domain/simulator/scenario-form'
import { scenarioLink, type WorkloadSourceParams } from '@/lib/search-params/simulator'
import { simulate } from '@/lib/domain/simulator/simulate'
import { simulationInputSchema, type SimulationInput } from '@/lib/domain/simulator/simulation-input'
import { DEFAULT_SCENARIO, type SimulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { ScenarioFormPanel } from './scenario-form-panel'
import { SimulationResults } from './simulation-results'
import styles from './simulator.module.css'

const URL_DELAY_MS = 400
// Cost-curve points: four a decade from 10 to 10 million requests a day.
const CURVE_POINTS = Array.from({ length: 25 }, (_, index) => Math.round(10 ** (1 + index / 4)))

export type FieldErrors = Partial<Record<FormField | 'strategies', string>>

function validate(form: ScenarioForm): { input?: SimulationInput; errors: FieldErrors } {
  const parsed = simulationInputSchema.safeParse(formToInput(form))
  if (parsed.success) return { input: parsed.data, errors: {} }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) errors[fieldOfIssue(issue.path)] ??= issue.message
  return { errors }
}

/**
 * The form and its answer. Every change is simulated in the browser with the pure domain module (no request
 * per keystroke); the URL follows after a pause, so the link always restores the scenario on screen.
 */
export function SimulatorWorkbench({
  reference,
  initialForm,
  source = {},
  measuredProfile,
}: {
  reference: SimulatorReference
  initialForm: ScenarioForm
  source?: WorkloadSourceParams
  measuredProfile?: number[]
}) {
  const [form, setForm] = useState(initialForm)
  const [input, setInput] = useState<SimulationInput>(() => validate(initialForm).input ?? DEFAULT_SCENARIO)
  const errors = useMemo(() => validate(form).errors, [form])
  const computed = useMemo(() => ({ input, result: simulate(input) }), [input])
  // The charts (and the 26-point curve behind one) follow in a deferred render, after the answer is on screen.
  const charted = useDeferredValue(computed)
  const curve = useMemo(
    () =>
      costCurve(
        charted.input,
        [...new Set([...CURVE_POINTS, Math.max(1, Math.round(charted.input.requestsPerDay))])].sort((x, y) => x - y),
      ),
    [charted],
  )

  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(urlTimer.current), [])

  const change = (next: ScenarioForm) => {
    setForm(next)
    const { input: valid } = validate(next)
    if (valid) setInput(valid)
    clearTimeout(urlTimer.current)
    urlTimer.current = setTimeout(
      () => window.history.replaceState(null, '', scenarioLink.search(next, source)),
      URL_DELAY_MS,
    )
  }

  return (
    <div className={styles.layout}>
      <ScenarioFormPanel
        form={form}
        errors={errors}
        reference={reference}
        measuredProfile={measuredProfile}
        onChange={change}
      />
      <SimulationResults
        result={computed.result}
        chartResult={charted.result}
        curve={curve}
        stale={Object.keys(errors).length > 0}
        shareUrl={() => `${window.location.origin}/simulator${scenarioLink.search(form, source)}`}
      />
    </div>
  )
}
