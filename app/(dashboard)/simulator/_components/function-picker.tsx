'use client'

import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { simulatorQueries } from '@/lib/query/simulator'

/** Search the stored functions by name; choosing one reopens the simulator prefilled with its measured workload. */
export function FunctionPicker({ selected }: { selected?: { id: number; name: string } }) {
  const t = useTranslations('simulator.picker')
  const router = useRouter()
  const [text, setText] = useState('')
  const [search, setSearch] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const matches = useQuery({ ...simulatorQueries.functions(search), enabled: search !== '' })

  const type = (value: string) => {
    setText(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setSearch(value.trim()), 200)
  }
  return (
    <div className="field" style={{ minWidth: 280, position: 'relative' }}>
      <label htmlFor="function-search">{t('label')}</label>
      <input
        id="function-search"
        type="search"
        placeholder={selected ? selected.name : t('placeholder')}
        value={text}
        autoComplete="off"
        onChange={(event) => type(event.target.value)}
        aria-describedby="function-search-hint"
      />
      <span id="function-search-hint" className="hint">
        {t('hint')}
      </span>
      {search !== '' && (
        <ul
          aria-label={t('matches')}
          className="card"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 4,
            position: 'absolute',
            top: '100%',
            left: 0,
            right: 0,
            zIndex: 10,
          }}
        >
          {matches.isError && <li className="muted">{t('failed', { error: matches.error.message })}</li>}
          {matches.data?.functions.length === 0 && (
            <li className="muted" style={{ padding: 6 }}>
              {t('none', { search })}
            </li>
          )}
          {matches.data?.functions.map((fn) => (
            <li key={fn.id}>
              <button
                type="button"
                className="button"
                style={{ width: '100%', justifyContent: 'space-between', border: 'none' }}
                onClick={() => router.push(`/simulator?functionId=${fn.id}`)}
              >
                <span>{fn.name}</span>
                <span className="muted">{fn.region}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
