'use client'

import { formatMonth } from '@/lib/format'

export function MonthPicker({ month, months, onChange }: { month: string; months: string[]; onChange: (month: string) => void }) {
  const index = months.indexOf(month)
  const options = index === -1 ? [...months, month].sort() : months
  return (
    <div className="toolbar" role="group" aria-label="Month">
      <button type="button" className="button" aria-label="Previous month" disabled={index <= 0} onClick={() => onChange(months[index - 1]!)}>
        ←
      </button>
      <label className="visually-hidden" htmlFor="month-select">
        Month
      </label>
      <select id="month-select" className="button" value={month} onChange={(event) => onChange(event.target.value)}>
        {options
          .slice()
          .reverse()
          .map((value) => (
            <option key={value} value={value}>
              {formatMonth(value)}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button"
        aria-label="Next month"
        disabled={index === -1 || index >= months.length - 1}
        onClick={() => onChange(months[index + 1]!)}
      >
        →
      </button>
    </div>
  )
}
