import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BenchResults } from '../../bench/lib/results.ts'

/*
 * `npm run bench -- --quick` end to end (build, emulator, preview, Chromium, every measurement, the report) into a
 * temp dir, so the bench keeps working between full runs. The figures of a quick run are not judged; what the
 * widget must always do (one PATCH, bytes independent of the map, virtualization, a live update) is.
 */

const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'))
let exitCode: number | null = null
let output = ''
let results: BenchResults

beforeAll(async () => {
  exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', resolve)
  })
  if (existsSync(join(out, 'results.json')))
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults
}, 120_000)

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('npm run bench -- --quick', () => {
  it('finishes and writes results, the report and its charts', () => {
    expect(exitCode, output).toBe(0)
    const doc = readFileSync(join(out, 'PERFORMANCE.md'), 'utf8')
    for (const heading of [
      '## Targets',
      '## 1. Bundle',
      '## 2. Load path',
      '## 3. Scale',
      '## 4. Commit cost',
      '## 5. Live latency',
      '## 6. API budget',
    ])
      expect(doc).toContain(heading)
    for (const chart of ['bundle.svg', 'scale-render.svg', 'commit-bytes.svg', 'live-latency.svg'])
      expect(readFileSync(join(out, 'performance', chart), 'utf8')).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>\n$/)
    expect(output).toMatch(/(MET|NOT MET) +Initial JavaScript at most 120 KB gzip/)
  })

  it('weighs the initial chunks and attributes them to packages', () => {
    expect(results.bundle.widget.initialJs.gzip).toBeGreaterThan(results.bundle.react.initialJs.gzip)
    expect(results.bundle.widgetComposition.map((entry) => entry.origin)).toContain('react-dom')
  })

  it('times the load with the attributes one conversation read away when embedded', () => {
    const embedded = results.loadPath.find((mode) => mode.mode === 'embedded')
    expect(embedded?.paintedMs.median).toBeGreaterThan(0)
    expect(embedded?.chain).toHaveLength(1)
    expect(embedded?.chain[0]).toMatch(/^\/api\/v2\/conversations\/\{id\}/)
  })

  it('sees virtualization keep the DOM small above the threshold, and measures keystrokes and the filter', () => {
    const [small, large] = results.scale
    expect(small?.domRows).toBe(50)
    expect(large?.domRows).toBeLessThan(100)
    expect(large?.keystrokeMs.runs).toBeGreaterThan(0)
    expect(large?.filterMs.median).toBeGreaterThan(0)
  })

  it('commits with one PATCH whose size does not grow with the map, unlike the tutorial', () => {
    const widget = results.commitCost.filter((row) => row.strategy === 'widget')
    const tutorial = results.commitCost.filter((row) => row.strategy === 'tutorial')
    for (const row of widget) expect(row.patchRequests.median).toBe(1)
    expect(widget[1]?.bytesSent.median).toBe(widget[0]?.bytesSent.median)
    expect(tutorial[1]?.bytesSent.median).toBeGreaterThan(10 * (tutorial[0]?.bytesSent.median ?? 0))
  })

  it('shows a flow write live and counts the requests of a handled conversation', () => {
    expect(results.liveLatency.widgetMs.median).toBeGreaterThan(0)
    expect(results.liveLatency.widgetMs.median).toBeLessThan(results.liveLatency.pollingMs.median)
    expect(results.apiBudget.perConversation.median).toBeGreaterThanOrEqual(3)
    expect(results.instances[0]?.requests.median).toBeGreaterThan(0)
  })
})
