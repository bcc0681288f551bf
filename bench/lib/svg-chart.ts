/** Horizontal bar charts as plain SVG: one bar per figure, a whisker from min to max, an optional target line. */
export interface Bar {
  label: string
  value: number
  min?: number
  max?: number
  /** Bars of the widget are drawn in the accent colour, comparisons in grey. */
  tone?: 'widget' | 'other'
}

export interface BarChart {
  title: string
  unit: string
  bars: readonly Bar[]
  target?: { value: number; label: string }
  digits?: number
}

const width = 760
const labelWidth = 250
const valueWidth = 110
const barHeight = 22
const gap = 10
const top = 40
const bottom = 28

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function renderBarChart(chart: BarChart): string {
  const plotWidth = width - labelWidth - valueWidth
  const highest = Math.max(...chart.bars.map((bar) => bar.max ?? bar.value), chart.target?.value ?? 0) || 1
  const scale = (value: number) => (Math.max(0, value) / highest) * plotWidth
  const height = top + chart.bars.length * (barHeight + gap) + bottom
  const digits = chart.digits ?? 0
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(chart.title)}" font-family="system-ui, sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="600" fill="#1b1f24">${escapeXml(chart.title)}</text>`,
  ]
  chart.bars.forEach((bar, index) => {
    const y = top + index * (barHeight + gap)
    const fill = bar.tone === 'other' ? '#9aa4b2' : '#2563eb'
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 4}" text-anchor="end" fill="#1b1f24">${escapeXml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${scale(bar.value).toFixed(1)}" height="${barHeight}" rx="2" fill="${fill}"/>`,
    )
    if (bar.min !== undefined && bar.max !== undefined && bar.max > bar.min) {
      const x1 = labelWidth + scale(bar.min)
      const x2 = labelWidth + scale(bar.max)
      const mid = y + barHeight / 2
      parts.push(
        `<path d="M${x1.toFixed(1)} ${mid}H${x2.toFixed(1)}M${x1.toFixed(1)} ${mid - 5}V${mid + 5}M${x2.toFixed(1)} ${mid - 5}V${mid + 5}" stroke="#1b1f24" stroke-width="1.2" fill="none"/>`,
      )
    }
    const right = labelWidth + Math.max(scale(bar.max ?? bar.value), scale(bar.value))
    parts.push(
      `<text x="${(right + 6).toFixed(1)}" y="${y + barHeight / 2 + 4}" fill="#1b1f24">${bar.value.toFixed(digits)} ${escapeXml(chart.unit)}</text>`,
    )
  })
  if (chart.target) {
    const x = labelWidth + scale(chart.target.value)
    const end = top + chart.bars.length * (barHeight + gap)
    parts.push(
      `<path d="M${x.toFixed(1)} ${top - 6}V${end}" stroke="#dc2626" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      `<text x="${x.toFixed(1)}" y="${end + 16}" text-anchor="middle" fill="#dc2626">${escapeXml(chart.target.label)}</text>`,
    )
  }
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
