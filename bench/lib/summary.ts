import type { BenchResults } from './results.ts'
import type { Figure } from './stats.ts'

const ms = (figure: Figure, digits = 0) =>
  `${figure.median.toFixed(digits)} ms (${figure.min.toFixed(digits)}–${figure.max.toFixed(digits)})`
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The console table: one line per figure, then the targets. */
export function printSummary(results: BenchResults): void {
  const rows: Array<[string, string]> = [
    [
      'initial JS gzip (widget / React / SDK entry)',
      `${kib(results.bundle.widget.initialJs.gzip)} / ${kib(results.bundle.react.initialJs.gzip)} / ${results.bundle.sdk ? kib(results.bundle.sdk.initialJs.gzip) : 'not built (--quick)'}`,
    ],
    ['initial CSS gzip', kib(results.bundle.widget.initialCss.gzip)],
  ]
  for (const mode of results.loadPath)
    rows.push([
      `load ${mode.mode}: navigation → painted`,
      `${ms(mode.paintedMs)}, ${mode.criticalRoundTrips.median} API round trip(s)`,
    ])
  for (const row of results.scale)
    rows.push([
      `${row.attributes} attributes: render / keystroke / filter`,
      `${ms(row.firstRenderMs)} / ${ms(row.keystrokeMs, 1)} / ${ms(row.filterMs, 1)}, heap ${(row.heapBytes.median / 1048576).toFixed(1)} MB`,
    ])
  for (const row of results.instances)
    rows.push([
      `${row.instances} instances: heap / requests / sockets`,
      `${(row.heapBytes.median / 1048576).toFixed(1)} MB / ${row.requests.median} / ${row.socketsOpen.median}`,
    ])
  for (const row of results.commitCost)
    rows.push([
      `commit ${row.strategy} n=${row.mapSize} k=${row.changed}`,
      `${row.requests.median} requests, ${row.bytesSent.median} B sent`,
    ])
  rows.push([
    'live: widget / polling 5 s',
    `${ms(results.liveLatency.widgetMs)} / ${ms(results.liveLatency.pollingMs)}`,
  ])
  rows.push([
    'API: per conversation / per minute (30 an hour)',
    `${results.apiBudget.perConversation.median} / ${results.apiBudget.perMinuteMean.toFixed(1)} (limit ${results.apiBudget.limitPerMinute})`,
  ])
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log('')
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
  console.log('')
  for (const target of results.targets)
    console.log(`${target.met ? 'MET    ' : 'NOT MET'}  ${target.target}: ${target.measured}`)
}
