import type { Page } from '@playwright/test'

// Words that read the same in Korean: product names, AWS terms and units (eslint.config.mjs's UI_TERMS and the
// like). Everything else a label says in Latin letters only is an English word the translators never saw.
const ALLOWED = [
  'Lambda FinOps',
  'AWS Lambda',
  'AWS',
  'Cost Explorer',
  'CloudWatch',
  'Lambda',
  'STS',
  'AWS_REGION',
  'AWS_PROFILE',
  'FINOPS_AWS_MEMBER_ROLE_NAME',
  'USD',
  'KRW',
  'KST',
  'UTC',
  'URL',
  'JSON',
  'Slack',
  'CSV',
  'CUR',
  'FOCUS',
  'English',
  'EC2',
  'GB-s',
  'p99',
  'MB',
  'ms',
]

/**
 * The page's labels (headings, column headings, form labels, legends, buttons, summaries, captions, names of
 * regions and forms) whose text is in Latin letters only once the allowed terms are taken out. Data (function
 * names, accounts) sits in cells and paragraphs, which are not labels, so it is not scanned.
 */
export async function latinOnlyLabels(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const sorted = [...allowed].sort((a, b) => b.length - a.length)
    const visible = (element: Element) =>
      element.getClientRects().length > 0 || element.closest('details:not([open])') !== null
    const texts = [
      ...[...document.querySelectorAll('h1, h2, h3, th[scope="col"], label, legend, button, summary, caption')]
        .filter(visible)
        .map((element) => (element as HTMLElement).innerText),
      ...[...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? ''),
    ]
    return texts
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => {
        if (/[\uac00-\ud7a3]/.test(text)) return false
        const rest = sorted.reduce((remaining, term) => remaining.split(term).join(' '), text)
        return /[A-Za-z]/.test(rest)
      })
  }, ALLOWED)
}
