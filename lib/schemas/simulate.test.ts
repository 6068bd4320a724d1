import { describe, expect, it } from 'vitest'
import { simulate } from '@/lib/domain/simulator/simulate'
import { DEFAULT_SCENARIO, simulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { toSimulationResponse } from '@/lib/domain/simulator/simulation-response'
import { inEnglish } from '@/lib/i18n/english-phrase'
import { simulationResponse, simulatorReferenceResponse } from './simulate'

describe('simulator API contract', () => {
  it('the simulate response matches its documented schema, with the fields the issue promises scripts', () => {
    const response = JSON.parse(JSON.stringify(toSimulationResponse(simulate(DEFAULT_SCENARIO), inEnglish)))
    expect(simulationResponse.parse(response)).toEqual(response)
    for (const strategy of response.strategies) {
      expect(Object.keys(strategy)).toEqual(
        expect.arrayContaining(['strategy', 'monthlyCostUsd', 'lineItems', 'coldStartsPerMonth']),
      )
      for (const item of strategy.lineItems)
        expect(Object.keys(item)).toEqual(
          expect.arrayContaining(['label', 'quantity', 'unit', 'unitPriceUsd', 'costUsd']),
        )
    }
  })

  it('the reference data matches its documented schema', () => {
    const reference = JSON.parse(JSON.stringify(simulatorReference()))
    expect(simulatorReferenceResponse.parse(reference)).toEqual(reference)
  })
})
