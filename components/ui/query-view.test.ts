// The view skeleton, rendered as the server renders it: error with retry, loading block, then the view.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { QueryView, Updating } from './query-view'

const render = (query: { data: string | undefined; error: Error | null }, waiting = false) =>
  renderToStaticMarkup(createElement(QueryView<string>, { query: { ...query, refetch: () => undefined }, subject: 'the costs', loadingLabel: 'Loading costs', height: 400, waiting, children: (data: string) => createElement('p', null, `data: ${data}`) }))

describe('QueryView', () => {
  it('says what could not be loaded and why, with a retry, while the query failed (even with older data)', () => {
    const html = render({ data: 'old', error: new Error('HTTP 500') })
    expect(html).toContain('role="alert"')
    expect(html).toContain('Could not load the costs: HTTP 500')
    expect(html).toContain('Try again')
    expect(html).not.toContain('data: old')
  })

  it('shows a labelled loading block until the data is there, or while it waits for something else', () => {
    expect(render({ data: undefined, error: null })).toBe('<div class="skeleton" style="height:400px" role="status" aria-label="Loading costs"></div>')
    expect(render({ data: 'ready', error: null }, true)).toContain('aria-label="Loading costs"')
  })

  it('renders the view with the data once it is there', () => {
    expect(render({ data: 'ready', error: null })).toBe('<p>data: ready</p>')
  })
})

describe('Updating', () => {
  it('is said only while newer data is being fetched', () => {
    expect(renderToStaticMarkup(createElement(Updating, { query: { isFetching: true } }))).toBe('<span class="muted"> · updating…</span>')
    expect(renderToStaticMarkup(createElement(Updating, { query: { isFetching: false } }))).toBe('')
  })
})
