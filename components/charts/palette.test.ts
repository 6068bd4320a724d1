import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHART, SERIES, SERIES_COLORS, seriesColors } from './palette'

// The colour tokens as the stylesheet defines them: `--name: light-dark(#light, #dark);`.
const stylesheet = readFileSync('app/globals.css', 'utf8')
const tokens = new Map(
  [...stylesheet.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((match) => [
    match[1]!,
    { light: match[2]!, dark: match[3]! },
  ]),
)

function token(reference: string): { light: string; dark: string } {
  const name = /^var\(--([\w-]+)\)$/.exec(reference)?.[1]
  const pair = name ? tokens.get(name) : undefined
  if (!pair) throw new Error(`${reference} is not a light-dark() colour of app/globals.css`)
  return pair
}

// WCAG 2.1 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((channel) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ]
  const max = Math.max(r, g, b)
  const delta = max - Math.min(r, g, b)
  if (delta === 0) return 0
  const sector = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4
  return sector * 60
}

const THEMES = ['light', 'dark'] as const

describe('theme colours', () => {
  it('gives every series and chart mark 3:1 against the card and the page in both themes (WCAG 1.4.11)', () => {
    for (const theme of THEMES) {
      for (const color of [...SERIES_COLORS, CHART.axis, CHART.marker, CHART.alert]) {
        expect(
          contrast(token(color)[theme], token('var(--surface)')[theme]),
          `${color} on the card, ${theme}`,
        ).toBeGreaterThanOrEqual(3)
        expect(
          contrast(token(color)[theme], token('var(--bg)')[theme]),
          `${color} on the page, ${theme}`,
        ).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('keeps text at 4.5:1 on the surfaces it is written on, in both themes (WCAG 1.4.3)', () => {
    const pairs = [
      ['--text', '--surface'],
      ['--text', '--bg'],
      ['--text', '--surface-muted'],
      ['--text-muted', '--surface'],
      ['--text-muted', '--bg'],
      ['--text-muted', '--surface-muted'],
      ['--chart-axis', '--surface'],
      ['--accent', '--surface'],
      ['--accent', '--bg'],
      ['--on-accent', '--accent'],
      ['--accent-strong', '--accent-soft'],
      ['--good', '--good-soft'],
      ['--bad', '--bad-soft'],
      ['--warn', '--warn-soft'],
      ['--good', '--surface'],
      ['--bad', '--surface'],
      ['--warn', '--surface'],
    ] as const
    for (const theme of THEMES) {
      for (const [text, background] of pairs) {
        expect(
          contrast(token(`var(${text})`)[theme], token(`var(${background})`)[theme]),
          `${text} on ${background}, ${theme}`,
        ).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('draws errors and throttles in colours of clearly different hue in both themes', () => {
    for (const theme of THEMES) {
      const difference = Math.abs(hue(token(SERIES.red)[theme]) - hue(token(SERIES.purple)[theme]))
      expect(Math.min(difference, 360 - difference), theme).toBeGreaterThanOrEqual(60)
    }
  })
})

describe('seriesColors', () => {
  it('gives a well-known service the same colour whatever its rank', () => {
    const [lambdaFirst] = seriesColors(['AWS Lambda', 'Amazon Simple Storage Service'])
    const lambdaLater = seriesColors(['Amazon Relational Database Service', 'EC2 - Other', 'AWS Lambda'])[2]
    expect(lambdaFirst).toBe(lambdaLater)
  })

  it('never gives two of up to eight series the same colour, and keeps grey for "Other"', () => {
    const names = [
      'orders-api',
      'AWS Lambda',
      'checkout-api',
      'search-api',
      'Amazon DynamoDB',
      'auth',
      'image-resizer',
      'Other',
    ]
    const colors = seriesColors(names)
    expect(new Set(colors).size).toBe(names.length)
    expect(colors.every((color) => SERIES_COLORS.includes(color))).toBe(true)
    expect(colors[7]).toBe(SERIES.grey)
    expect(seriesColors(['a', 'b', 'c', 'd', 'e', 'f', 'g']).includes(SERIES.grey)).toBe(false)
    // Eight services and no "Other": grey is the eighth colour rather than a repeat.
    const services = [
      'AWS Cost Explorer',
      'AWS Lambda',
      'Amazon DynamoDB',
      'Amazon Elastic Compute Cloud - Compute',
      'Amazon Relational Database Service',
      'Amazon Simple Storage Service',
      'AmazonCloudWatch',
      'EC2 - Other',
    ]
    expect(new Set(seriesColors(services)).size).toBe(8)
  })
})
