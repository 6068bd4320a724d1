// Chart colours are CSS custom properties (app/globals.css) with a light and a dark value each, so a chart
// follows the theme without re-rendering; SVG attributes and inline styles resolve var() like any CSS value.
// palette.test.ts checks every pair's contrast against the card in both themes.

/** Categorical colours that stay distinguishable for common colour-vision deficiencies. */
export const SERIES = {
  blue: 'var(--series-blue)',
  teal: 'var(--series-teal)',
  green: 'var(--series-green)',
  orange: 'var(--series-orange)',
  red: 'var(--series-red)',
  purple: 'var(--series-purple)',
  grey: 'var(--series-grey)',
  pink: 'var(--series-pink)',
} as const

export type SeriesColor = (typeof SERIES)[keyof typeof SERIES]

export const SERIES_COLORS: readonly SeriesColor[] = [
  SERIES.blue,
  SERIES.teal,
  SERIES.green,
  SERIES.orange,
  SERIES.red,
  SERIES.purple,
  SERIES.grey,
  SERIES.pink,
]

/** The parts of a chart that are not series: grid lines, axis text, configuration markers, anomaly shading. */
export const CHART = {
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  marker: 'var(--chart-marker)',
  alert: 'var(--chart-alert)',
} as const

const OTHER_COLOR = SERIES.grey

// The services every account shows keep one colour on every chart and page (AWS Lambda in Lambda's orange),
// so a reader does not have to re-learn the legend when the ranking or the page changes.
const SERVICE_COLORS: Record<string, SeriesColor> = {
  'AWS Lambda': SERIES.orange,
  'Amazon Elastic Compute Cloud - Compute': SERIES.blue,
  'EC2 - Other': SERIES.teal,
  'Amazon Relational Database Service': SERIES.green,
  AmazonCloudWatch: SERIES.red,
  'Amazon Simple Storage Service': SERIES.purple,
  'Amazon DynamoDB': SERIES.pink,
  Other: OTHER_COLOR,
}

export function seriesColor(index: number): SeriesColor {
  return SERIES_COLORS[index % SERIES_COLORS.length]!
}

/**
 * A colour per series name: the fixed colour of a well-known service (or grey for "Other") when no earlier
 * series took it, else the first palette colour not yet used, so up to eight series never share a colour.
 */
export function seriesColors(names: readonly string[]): SeriesColor[] {
  const used = new Set<SeriesColor>()
  const colors: (SeriesColor | undefined)[] = names.map((name) => {
    const fixed = SERVICE_COLORS[name]
    if (!fixed || used.has(fixed)) return undefined
    used.add(fixed)
    return fixed
  })
  // Grey is kept for "Other" when there is one; without it, grey is the last colour handed out.
  const candidates = [
    ...SERIES_COLORS.filter((candidate) => candidate !== OTHER_COLOR),
    ...(names.includes('Other') ? [] : [OTHER_COLOR]),
  ]
  return colors.map((color, index) => {
    if (color) return color
    const free = candidates.find((candidate) => !used.has(candidate)) ?? seriesColor(index)
    used.add(free)
    return free
  })
}
