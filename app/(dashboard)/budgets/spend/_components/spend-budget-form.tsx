'use client'

import { useState } from 'react'
import { useWrite } from '@/lib/query/use-write'
import { spendBudgetWrites } from '@/lib/query/spend-budgets'
import type { SpendBudgetBody, SpendBudgetDto, SpendBudgetScopeKind } from '@/lib/schemas/spend-budgets'

type Draft = { kind: SpendBudgetScopeKind; key: string; currency: 'USD' | 'KRW'; amount: string }

const KEY_LABEL: Record<Exclude<SpendBudgetScopeKind, 'total'>, string> = {
  team: 'Team',
  account: 'Account id (12 digits)',
  service: 'Service (as Cost Explorer names it)',
}

function draftOf(budget: SpendBudgetDto | undefined): Draft {
  if (!budget) return { kind: 'team', key: '', currency: 'USD', amount: '' }
  return {
    kind: budget.scope.kind,
    key: budget.scope.kind === 'total' ? '' : budget.scope.key,
    currency: budget.monthlyKrw === null ? 'USD' : 'KRW',
    amount: budget.monthlyKrw ?? budget.monthlyUsd ?? '',
  }
}

function bodyOf(draft: Draft): SpendBudgetBody {
  const scope = draft.kind === 'total' ? { kind: 'total' as const } : { kind: draft.kind, key: draft.key.trim() }
  return {
    scope,
    ...(draft.currency === 'KRW' ? { monthlyKrw: draft.amount.trim() } : { monthlyUsd: draft.amount.trim() }),
  }
}

/** Sets a new spend budget, or changes one (`budget`); the server says what is wrong with one it refuses. */
export function SpendBudgetForm({
  budget,
  teams,
  onDone,
}: {
  budget?: SpendBudgetDto
  teams: string[]
  onDone: () => void
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(budget))
  const create = useWrite(spendBudgetWrites.create, { onSuccess: onDone })
  const update = useWrite(spendBudgetWrites.update, { onSuccess: onDone })
  const write = budget ? update : create
  const id = budget ? `budget-${budget.id}` : 'new-budget'
  return (
    <form
      aria-label={budget ? 'Change spend budget' : 'New spend budget'}
      onSubmit={(event) => {
        event.preventDefault()
        if (budget) update.mutate({ id: budget.id, budget: bodyOf(draft) })
        else create.mutate(bodyOf(draft))
      }}
      style={{ marginBottom: 16 }}
    >
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Budget for</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as SpendBudgetScopeKind, key: '' })}
          >
            <option value="total">The total</option>
            <option value="team">A team</option>
            <option value="account">An account</option>
            <option value="service">A service</option>
          </select>
        </div>
        {draft.kind !== 'total' && (
          <div className="field">
            <label htmlFor={`${id}-key`}>{KEY_LABEL[draft.kind]}</label>
            <input
              id={`${id}-key`}
              required
              list={draft.kind === 'team' ? `${id}-teams` : undefined}
              value={draft.key}
              onChange={(event) => setDraft({ ...draft, key: event.target.value })}
            />
            {draft.kind === 'team' && (
              <datalist id={`${id}-teams`}>
                {teams.map((team) => (
                  <option key={team} value={team} />
                ))}
              </datalist>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            value={draft.currency}
            onChange={(event) => setDraft({ ...draft, currency: event.target.value as Draft['currency'] })}
          >
            <option value="USD">US dollars</option>
            <option value="KRW">Won (judged at each month’s recorded rate)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-amount`}>Monthly amount</label>
          <input
            id={`${id}-amount`}
            required
            inputMode="decimal"
            value={draft.amount}
            onChange={(event) => setDraft({ ...draft, amount: event.target.value })}
          />
          <span className="hint">
            {draft.currency === 'USD' ? 'Dollars, at most 2 decimals: 1000.00' : 'Whole won: 1500000'}
          </span>
        </div>
      </div>
      <div className="toolbar" style={{ marginTop: 12 }}>
        <button type="submit" className="button button-primary" disabled={write.isPending}>
          {budget ? 'Save budget' : 'Set budget'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {write.error && (
        <p className="state-error" role="alert">
          {write.error.message}
        </p>
      )}
    </form>
  )
}
