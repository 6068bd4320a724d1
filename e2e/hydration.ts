import { expect, type Page } from '@playwright/test'

// React's production build reports a page whose server text differs from the browser's render as a recoverable
// error (#418 text, #423 the root re-rendered on the client, #425 text content): it logs it to the console.
const HYDRATION = /hydrat|Minified React error #(418|423|425)/i

/** Collects hydration errors from the page's console from now on; call the result at the end of the test. */
export function watchHydration(page: Page): () => void {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && HYDRATION.test(message.text())) errors.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (HYDRATION.test(error.message)) errors.push(error.message)
  })
  return () => expect(errors, 'the server and the browser rendered the same text').toEqual([])
}
