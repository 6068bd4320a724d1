'use client'

import { useState } from 'react'
import { budgetWrites } from '@/lib/query/budgets'
import { useWrite } from '@/lib/query/use-write'
import type { BudgetTerms } from '@/lib/schemas/budgets'

/** The form starts from every term given (no memory: null, the function's configured memory). */
export type BudgetDraft = Required<BudgetTerms>

/** Creates (POST) or changes (PUT) a function's keep-warm budget; removing it is offered when it exists. */
export function BudgetForm({
  functionId,
  initial,
  exists,
  source,
  onDone,
}: {
  functionId: number
  initial: BudgetDraft
  exists: boolean
  source: 'user' | 'suggestion'
  onDone: () => void
}) {
  const [draft, setDraft] = useState({
    ...initial,
    memoryMb: initial.memoryMb === null ? '' : String(initial.memoryMb),
    note: initial.note ?? '',
  })
  const create = useWrite(budgetWrites.create, { onSuccess: onDone })
  const update = useWrite(budgetWrites.update, { onSuccess: onDone })
  const remove = useWrite(budgetWrites.remove, { onSuccess: onDone })
  const save = exists ? update : create
  const submit = () => {
    const terms = {
      intervalMinutes: Number(draft.intervalMinutes),
      concurrency: Number(draft.concurrency),
      pingDurationMs: Number(draft.pingDurationMs),
      memoryMb: draft.memoryMb === '' ? null : Number(draft.memoryMb),
      note: draft.note || null,
    }
    if (exists) update.mutate({ functionId, terms })
    else create.mutate({ ...terms, functionId, source })
  }
  const field = (
    key: 'intervalMinutes' | 'concurrency' | 'pingDurationMs' | 'memoryMb',
    label: string,
    hint: string,
    min: number,
  ) => (
    <div className="field">
      <label htmlFor={`budget-${key}`}>{label}</label>
      <input
        id={`budget-${key}`}
        type="number"
        min={min}
        required={key !== 'memoryMb'}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
      <span className="hint">{hint}</span>
    </div>
  )
  return (
    <form
      aria-label={exists ? 'Edit keep-warm budget' : 'Create keep-warm budget'}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <div className="grid grid-4">
        {field('intervalMinutes', 'Every (minutes)', 'rate(N minutes)', 1)}
        {field('concurrency', 'Pings at once', 'fan-out to keep N warm', 1)}
        {field('pingDurationMs', 'Ping duration (ms)', 'billed time of one ping', 1)}
        {field('memoryMb', 'Memory (MB)', 'empty: the function’s', 128)}
      </div>
      <div className="field" style={{ marginTop: 8 }}>
        <label htmlFor="budget-note">Note</label>
        <input
          id="budget-note"
          type="text"
          maxLength={500}
          value={draft.note}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        />
      </div>
      <div className="toolbar" style={{ marginTop: 12 }}>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : exists ? 'Save budget' : 'Create budget'}
        </button>
        {exists && (
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm('Remove this keep-warm budget?')) remove.mutate({ functionId })
            }}
          >
            Remove budget
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {(save.isError || remove.isError) && (
        <p className="state-error" role="alert">
          {(save.error ?? remove.error)?.message}
        </p>
      )}
    </form>
  )
}
