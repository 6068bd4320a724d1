// The view skeleton, rendered as the server renders it: error with retry, loading block, then the view, in the
// reader's language (the messages come from the provider, as in the app).
import { NextIntlClientProvider } from 'next-intl'
import { createElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Locale } from '@/lib/i18n/locales'
import en from '@/messages/en.json'
import ko from '@/messages/ko.json'
import { QueryView, Updating } from './query-view'

const inLanguage = (element: ReactNode, locale: Locale = 'en') =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages: locale === 'ko' ? ko : en,
      timeZone: 'UTC',
      children: element,
    }),
  )

const render = (query: { data: string | undefined; error: Error | null }, waiting = false, locale: Locale = 'en') =>
  inLanguage(
    createElement(QueryView<string>, {
      query: { ...query, refetch: () => undefined },
      subject: locale === 'ko' ? '비용' : 'the costs',
      loadingLabel: 'Loading costs',
      height: 400,
      waiting,
      children: (data: string) => createElement('p', null, `data: ${data}`),
    }),
    locale,
  )

describe('QueryView', () => {
  it('says what could not be loaded and why, with a retry, while the query failed (even with older data)', () => {
    const html = render({ data: 'old', error: new Error('HTTP 500') })
    expect(html).toContain('role="alert"')
    expect(html).toContain('Could not load the costs: HTTP 500')
    expect(html).toContain('Try again')
    expect(html).not.toContain('data: old')
  })

  it('says it in Korean to a Korean reader', () => {
    const html = render({ data: undefined, error: new Error('HTTP 500') }, false, 'ko')
    expect(html).toContain('비용을(를) 불러오지 못했습니다: HTTP 500')
    expect(html).toContain('다시 시도')
  })

  it('shows a labelled loading block until the data is there, or while it waits for something else', () => {
    expect(render({ data: undefined, error: null })).toBe(
      '<div class="skeleton" style="height:400px" role="status" aria-label="Loading costs"></div>',
    )
    expect(render({ data: 'ready', error: null }, true)).toContain('aria-label="Loading costs"')
  })

  it('renders the view with the data once it is there', () => {
    expect(render({ data: 'ready', error: null })).toBe('<p>data: ready</p>')
  })
})

describe('Updating', () => {
  it('is said only while newer data is being fetched', () => {
    expect(inLanguage(createElement(Updating, { query: { isFetching: true } }))).toBe(
      '<span class="muted"> · updating…</span>',
    )
    expect(inLanguage(createElement(Updating, { query: { isFetching: true } }), 'ko')).toBe(
      '<span class="muted"> · 업데이트 중…</span>',
    )
    expect(inLanguage(createElement(Updating, { query: { isFetching: false } }))).toBe('')
  })
})
