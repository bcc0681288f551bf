// `npm run bench`: builds the widget, starts the emulator and a preview server, drives Chromium through every
// measurement of issue 6, prints a table, writes bench/results.json and renders docs/PERFORMANCE.md with its charts.
// `--quick` (fewer runs, smaller sizes) writes to a temp dir unless `--out` says where; npm test runs it as a smoke.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
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
import { measurePanelRows } from './scenarios/panel-rows.ts'
import { measureScale } from './scenarios/scale.ts'
import { measureSlowNetwork } from './scenarios/slow-network.ts'
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
  /** One unmeasured load first (HTTP cache, JIT); the smoke test skips it. */
  warmUp: boolean
  keysPerRun: number
  pollIntervalMs: number
  liveRuns: number
  pollRuns: number
  conversations: number
  idleMs: number
  /** Cold loads through the emulated 150 ms / 1.6 Mbit/s link; the SDK page only with sdkBaseline. */
  slowRuns: number
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
  warmUp: true,
  keysPerRun: 6,
  pollIntervalMs: 5_000,
  liveRuns: 15,
  pollRuns: 6,
  conversations: 30,
  idleMs: 15_000,
  slowRuns: 5,
}

const quick: Plan = {
  runs: 1,
  sizes: [50, 250],
  instances: [2],
  commitCases: [
    { n: 10, k: 1 },
    { n: 300, k: 1 },
  ],
  commitRuns: 1,
  commitSettleMs: 200,
  sdkBaseline: false,
  loadRuns: 1,
  warmUp: false,
  keysPerRun: 3,
  pollIntervalMs: 1_000,
  liveRuns: 2,
  pollRuns: 1,
  conversations: 1,
  idleMs: 500,
  slowRuns: 1,
}

function gitState(): { commit: string; srcDirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'public'], {
      encoding: 'utf8',
    })
    return { commit, srcDirty: dirty.trim() !== '' }
  } catch {
    return { commit: 'unknown', srcDirty: false }
  }
}

function parseArgs(argv: readonly string[]): {
  quick: boolean
  renderOnly: boolean
  out: string | undefined
} {
  const outIndex = argv.indexOf('--out')
  return {
    quick: argv.includes('--quick'),
    // Re-renders the report from an existing results.json (after a change to the report, without re-measuring).
    renderOnly: argv.includes('--render-only'),
    out: outIndex >= 0 ? argv[outIndex + 1] : undefined,
  }
}

function outputPaths(out: string | undefined) {
  return out
    ? {
        results: join(out, 'results.json'),
        doc: join(out, 'PERFORMANCE.md'),
        charts: join(out, 'performance'),
      }
    : { results: 'bench/results.json', doc: 'docs/PERFORMANCE.md', charts: 'docs/performance' }
}

/** Written as Prettier would, so `npm run format` leaves generated files alone. */
async function writeReport(results: BenchResults, paths: ReturnType<typeof outputPaths>): Promise<void> {
  const report = renderReport(results)
  // Loaded here, not at start-up: Prettier is large and only needed at the very end.
  const { format, resolveConfig } = await import('prettier')
  const options = (await resolveConfig(resolve(paths.doc))) ?? {}
  mkdirSync(paths.charts, { recursive: true })
  writeFileSync(paths.results, await format(JSON.stringify(results), { ...options, parser: 'json' }))
  writeFileSync(paths.doc, await format(report.markdown, { ...options, parser: 'markdown' }))
  for (const [name, svg] of Object.entries(report.charts)) writeFileSync(join(paths.charts, name), svg)
  printSummary(results)
  console.log(
    `bench: wrote ${resolve(paths.results)}, ${resolve(paths.doc)} and ${Object.keys(report.charts).length} charts`,
  )
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
  if (process.argv.includes('--enrich')) {
    // The enrichment service's own scenario, on its own: no widget build, no browser.
    const { runEnrichBench } = await import('./scenarios/enrich-service.ts')
    await runEnrichBench(args.quick)
    return
  }
  if (process.argv.includes('--bulk-fix')) {
    // Bulk correction of 60 and 600 conversations under the rate limit (issue 17): emulator only, no browser.
    const { runBulkFixBench } = await import('./scenarios/bulk-fix.ts')
    await runBulkFixBench(args.quick)
    return
  }
  if (args.renderOnly) {
    const paths = outputPaths(args.out)
    const stored = JSON.parse(readFileSync(paths.results, 'utf8')) as BenchResults
    // The targets are judged again, so a changed target reads the stored figures without a new run.
    await writeReport({ ...stored, targets: checkTargets(stored) }, paths)
    return
  }
  const plan = args.quick ? quick : full
  const started = performance.now()
  const loadAtStart = loadavg()[0] ?? 0
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
  const libraries = await step("building the design card's libraries baseline", () =>
    measureBaseline('bench/baselines/libraries-entry.ts'),
  )
  const stack = await step('starting emulator, preview and Chromium', () => startStack(outDir))
  let measured: Omit<BenchResults, 'targets' | 'meta'>
  try {
    const loadPath = await step('load path', () =>
      measureLoadPath(stack, { runs: plan.loadRuns, warmUp: plan.warmUp }),
    )
    const scale = await step('scale', () =>
      measureScale(stack, plan.sizes, { runs: plan.runs, keysPerRun: plan.keysPerRun, warmUp: plan.warmUp }),
    )
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
    const slowNetwork = await step('slow network', () =>
      measureSlowNetwork(stack, { runs: plan.slowRuns, sdk: plan.sdkBaseline }),
    )
    const panelRows = await step('rows visible at 360 × 640', () => measurePanelRows(stack))
    for (const row of panelRows)
      process.stdout.write(
        `bench:   ${row.scheme} ${row.language}: ${row.rowsVisible} rows visible, single-line row ${row.rowHeight} px\n`,
      )
    measured = {
      bundle: { widget, sdk, react, libraries, widgetComposition },
      loadPath,
      scale,
      instances,
      commitCost,
      liveLatency,
      apiBudget,
      slowNetwork,
      panelRows,
    }
  } finally {
    await stack.close()
  }
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      ...gitState(),
      quick: args.quick,
      node: process.versions.node,
      chromium: `Chromium ${stack.browser.version()}`,
      cpus: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      durationSeconds: (performance.now() - started) / 1000,
    },
    ...measured,
    targets: checkTargets(measured),
  }
  const out = args.out ?? (args.quick ? mkdtempSync(join(tmpdir(), 'bench-quick-')) : undefined)
  await writeReport(results, outputPaths(out))
}

await main()
