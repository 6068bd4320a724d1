// Categorical colours that stay distinguishable for common colour-vision deficiencies.
export const SERIES_COLORS = ['#3d4fd1', '#0b8fb0', '#1a9e6a', '#d68a00', '#c2410c', '#7c3aed', '#8893a4', '#db2777']

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!
}
