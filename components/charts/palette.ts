// Categorical colours that stay distinguishable for common colour-vision deficiencies.
export const SERIES_COLORS = ['#3d4fd1', '#0b8fb0', '#1a9e6a', '#d68a00', '#c2410c', '#7c3aed', '#8893a4', '#db2777']

const [BLUE, TEAL, GREEN, ORANGE, RED, PURPLE, GREY, PINK] = SERIES_COLORS as [string, string, string, string, string, string, string, string]
const OTHER_COLOR = GREY

// The services every account shows keep one colour on every chart and page (AWS Lambda in Lambda's orange),
// so a reader does not have to re-learn the legend when the ranking or the page changes.
const SERVICE_COLORS: Record<string, string> = {
  'AWS Lambda': ORANGE,
  'Amazon Elastic Compute Cloud - Compute': BLUE,
  'EC2 - Other': TEAL,
  'Amazon Relational Database Service': GREEN,
  AmazonCloudWatch: RED,
  'Amazon Simple Storage Service': PURPLE,
  'Amazon DynamoDB': PINK,
  Other: OTHER_COLOR,
}

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!
}

/**
 * A colour per series name: the fixed colour of a well-known service (or grey for "Other") when no earlier
 * series took it, else the first palette colour not yet used, so up to eight series never share a colour.
 */
export function seriesColors(names: readonly string[]): string[] {
  const used = new Set<string>()
  const colors: (string | undefined)[] = names.map((name) => {
    const fixed = SERVICE_COLORS[name]
    if (!fixed || used.has(fixed)) return undefined
    used.add(fixed)
    return fixed
  })
  // Grey is kept for "Other" when there is one; without it, grey is the last colour handed out.
  const candidates = [...SERIES_COLORS.filter((candidate) => candidate !== OTHER_COLOR), ...(names.includes('Other') ? [] : [OTHER_COLOR])]
  return colors.map((color, index) => {
    if (color) return color
    const free = candidates.find((candidate) => !used.has(candidate)) ?? seriesColor(index)
    used.add(free)
    return free
  })
}
