// Sorting the breakdown table; the sort is part of the page URL (`sort=-change`: by change, largest first).
import { toDecimal } from '@/lib/domain/money'
import type { CostGroup } from './shape-cost-breakdown'

export const SORT_KEYS = ['name', 'cost', 'previous', 'change', 'change_pct'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type GroupSort = { key: SortKey; descending: boolean }

export const DEFAULT_SORT: GroupSort = { key: 'cost', descending: true }

export function parseSort(value: string | null | undefined): GroupSort | null {
  if (!value) return DEFAULT_SORT
  const descending = value.startsWith('-')
  const key = (descending ? value.slice(1) : value) as SortKey
  return SORT_KEYS.includes(key) ? { key, descending } : null
}

export function sortParam(sort: GroupSort): string {
  return `${sort.descending ? '-' : ''}${sort.key}`
}

const compare: Record<SortKey, (a: CostGroup, b: CostGroup) => number> = {
  name: (a, b) => a.label.localeCompare(b.label),
  cost: (a, b) => toDecimal(a.currentUsd).comparedTo(toDecimal(b.currentUsd)),
  previous: (a, b) => toDecimal(a.previousUsd).comparedTo(toDecimal(b.previousUsd)),
  change: (a, b) => toDecimal(a.changeUsd).comparedTo(toDecimal(b.changeUsd)),
  change_pct: (a, b) => (a.changePct ?? 0) - (b.changePct ?? 0),
}

/** Stable, and groups without a percentage (nothing before) go last whichever the direction. */
export function sortGroups(groups: readonly CostGroup[], sort: GroupSort): CostGroup[] {
  const direction = sort.descending ? -1 : 1
  return [...groups].sort((a, b) => {
    if (sort.key === 'change_pct' && (a.changePct === null) !== (b.changePct === null))
      return a.changePct === null ? 1 : -1
    return direction * compare[sort.key](a, b) || a.key.localeCompare(b.key)
  })
}
