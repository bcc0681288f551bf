// `npm run bench`: builds the widget, starts the emulator and a preview server, drives Chromium through every
// measurement of issue 6, prints a table, writes bench/results.json and renders docs/PERFORMANCE.md with its charts.
// `--quick` (fewer runs, smaller sizes) writes to a temp dir unless `--out` says where; npm test runs it as a smoke.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { measureBaseline, measureBuiltWidget } from './lib/bundle.ts'
import { composition } from './lib/composition.ts'
import { renderReport } from './lib/report.ts'
import { checkTargets, type BenchResults } from './lib/results.ts'
import { buildWidget, startStack } from './lib/stack.ts'
import { measureApiBudget } from './scenarios/api-budget.ts'
import { measureCommitCost } from './scenarios/commit-cost.ts'
import { measureLiveLatency } from './scenarios/live-latency.ts'
import { measureLoadPath } from './scenarios/load-path.ts'
import { measureScale } from './scenarios/scale.ts'
import { measureInstances } from './scenarios/ten-instances.ts'
import { printSummary } from './lib/summary.ts'

interface Plan {
  runs: number
  sizes: number[]
  instances: number[]
  commitCases: Array<{ n: number; k: number }>
  commitRuns: number
  /** After a commit settled, how long to keep counting (confirmation polls come at 0.4 s, 1.2 s, 2.8 s…). */
  commitSettleMs: number
  /** The official SDK takes ~10 s to build; the smoke test skips it. */
  sdkBaseline: boolean
  loadRuns: number
  pollIntervalMs: number
  liveRuns: number
  pollRuns: number
  conversations: number
  idleMs: number
}

const full: Plan = {
  runs: 5,
  sizes: [50, 500, 5000],
  instances: [1, 10],
  commitCases: [
    { n: 10, k: 1 },
    { n: 10, k: 10 },
    { n: 1000, k: 1 },
    { n: 1000, k: 10 },
  ],
  commitRuns: 3,
  commitSettleMs: 1_500,
  sdkBaseline: true,
  loadRuns: 7,
  pollIntervalMs: 5_000,
  liveRuns: 15,
  pollRuns: 6,
  conversations: 30,
  idleMs: 15_000,
}

const quick: Plan = {
  runs: 1,
  sizes: [50, 300],
  instances: [2],
  commitCases: [
    { n: 10, k: 1 },
    { n: 300, k: 1 },
  ],
  commitRuns: 1,
  commitSettleMs: 300,
  sdkBaseline: false,
  loadRuns: 1,
  pollIntervalMs: 1_000,
  liveRuns: 3,
  pollRuns: 1,
  conversations: 1,
  idleMs: 500,
}

function parseArgs(argv: readonly string[]): { quick: boolean; out: string | undefined } {
  const outIndex = argv.indexOf('--out')
  return { quick: argv.includes('--quick'), out: outIndex >= 0 ? argv[outIndex + 1] : undefined }
}

const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now()
  process.stdout.write(`bench: ${label}…`)
  const result = await work()
  process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return result
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const plan = args.quick ? quick : full
  const started = performance.now()
  const outDir = await step('building the widget', buildWidget)
  const widget = measureBuiltWidget(outDir)
  const widgetComposition = widget.chunks
    .filter((chunk) => chunk.initial && chunk.kind === 'js')
    .flatMap((chunk) => composition(outDir, chunk.file))
  const sdk = plan.sdkBaseline
    ? await step('building the SDK baseline', () => measureBaseline('bench/baselines/sdk-entry.ts'))
    : null
  const react = await step('building the React baseline', () =>
    measureBaseline('bench/baselines/react-entry.ts'),
  )
  const stack = await step('starting emulator, preview and Chromium', () => startStack(outDir))
  let measured: Omit<BenchResults, 'targets' | 'meta'>
  try {
    const loadPath = await step('load path', () => measureLoadPath(stack, plan.loadRuns))
    const scale = await step('scale', () => measureScale(stack, plan.sizes, plan.runs))
    const instances = await step('ten instances', () =>
      measureInstances(stack, plan.instances, Math.min(plan.runs, 2)),
    )
    const commitCost = await step('commit cost', () =>
      measureCommitCost(stack, plan.commitCases, plan.commitRuns, plan.commitSettleMs),
    )
    const liveLatency = await step('live latency', () =>
      measureLiveLatency(stack, {
        runs: plan.liveRuns,
        pollRuns: plan.pollRuns,
        pollIntervalMs: plan.pollIntervalMs,
      }),
    )
    const apiBudget = await step('API budget', () =>
      measureApiBudget(stack, { conversations: plan.conversations, idleMs: plan.idleMs }),
    )
    measured = {
      bundle: { widget, sdk, react, widgetComposition },
      loadPath,
      scale,
      instances,
      commitCost,
      liveLatency,
      apiBudget,
    }
  } finally {
    await stack.close()
  }
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      quick: args.quick,
      node: process.versions.node,
      chromium: `Chromium ${stack.browser.version()}`,
      cpus: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      durationSeconds: (performance.now() - started) / 1000,
    },
    ...measured,
    targets: checkTargets(measured),
  }
  const out = args.out ?? (args.quick ? mkdtempSync(join(tmpdir(), 'bench-quick-')) : undefined)
  const paths = out
    ? {
        results: join(out, 'results.json'),
        doc: join(out, 'PERFORMANCE.md'),
        charts: join(out, 'performance'),
      }
    : { results: 'bench/results.json', doc: 'docs/PERFORMANCE.md', charts: 'docs/performance' }
  const report = renderReport(results)
  mkdirSync(paths.charts, { recursive: true })
  writeFileSync(paths.results, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(paths.doc, report.markdown)
  for (const [name, svg] of Object.entries(report.charts)) writeFileSync(join(paths.charts, name), svg)
  printSummary(results)
  console.log(
    `bench: wrote ${resolve(paths.results)}, ${resolve(paths.doc)} and ${Object.keys(report.charts).length} charts`,
  )
}

await main()
