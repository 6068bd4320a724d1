// What a recharts chart actually drew, read from its SVG: legend labels, axis labels and the size of each bar, so
// a spec checks the values on screen rather than that some chart is visible.
import { expect, type Locator } from '@playwright/test'

/** Heights of the stacks of a vertical (stacked) bar chart, left to right; periods with nothing drawn are absent. */
export async function stackHeights(chart: Locator): Promise<number[]> {
  const boxes = await barRectangles(chart).evaluateAll((paths) =>
    paths.map((path) => {
      const box = (path as SVGGraphicsElement).getBBox()
      return { x: box.x + box.width / 2, size: box.height }
    }),
  )
  return sumByPosition(boxes)
}

/** Lengths of the bars of a horizontal bar chart, top to bottom. */
export async function barLengths(chart: Locator): Promise<number[]> {
  const boxes = await barRectangles(chart).evaluateAll((paths) =>
    paths.map((path) => {
      const box = (path as SVGGraphicsElement).getBBox()
      return { x: box.y + box.height / 2, size: box.width }
    }),
  )
  return sumByPosition(boxes)
}

function sumByPosition(boxes: { x: number; size: number }[]): number[] {
  const byPosition = new Map<number, number>()
  for (const box of boxes) byPosition.set(Math.round(box.x), (byPosition.get(Math.round(box.x)) ?? 0) + box.size)
  return [...byPosition.entries()].sort(([a], [b]) => a - b).map(([, size]) => size)
}

/** The bars drawn (not shaded reference areas, which are rectangles too). */
export function barRectangles(chart: Locator): Locator {
  return chart.locator('.recharts-bar-rectangle path.recharts-rectangle')
}

/** The legend's labels, in the order the chart was given its series (a stack's, bottom first). */
export async function expectLegend(chart: Locator, labels: string[]) {
  await expect(chart.locator('.recharts-legend-item-text')).toHaveText(labels)
}

/** The category axis's labels, top to bottom; a label wrapped over lines reads as one. */
export async function expectCategoryLabels(chart: Locator, labels: string[]) {
  const read = () =>
    chart
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .evaluateAll((texts) =>
        texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
      )
  await expect.poll(read).toEqual(labels)
}

/** Text drawn on reference areas and lines (an anomaly's kind, "this workload"). */
export function referenceLabels(chart: Locator): Locator {
  return chart.locator('.recharts-label')
}

/** Sizes drawn in proportion to the amounts (bars start at zero): within a pixel of the largest bar's scale. */
export function expectProportional(drawn: number[], amounts: number[]) {
  expect(drawn).toHaveLength(amounts.length)
  const scale = Math.max(...drawn) / Math.max(...amounts)
  drawn.forEach((size, index) =>
    expect(
      Math.abs(size - amounts[index]! * scale),
      `bar ${index}: ${size} px for ${amounts[index]}`,
    ).toBeLessThanOrEqual(1),
  )
}
