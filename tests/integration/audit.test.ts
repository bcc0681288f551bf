import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

/*
 * Issue 5, point 4: `npm audit --omit=dev` reports no high or critical issue in what ships. An audit that could not
 * ask the registry proves nothing: it is then reported as skipped, with the reason, in the test summary and in
 * docs/RELIABILITY.md, never as a pass. (Some registry mirrors refuse the audit API: 405 on
 * /-/npm/v1/security/advisories/bulk.)
 */
interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> }
  message?: string
  error?: { summary?: string; detail?: string }
}

function record(figures: Record<string, unknown>) {
  const dir = join('.test-output', 'reliability')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'audit.json'), `${JSON.stringify(figures, null, 2)}\n`)
}

// The registry can be slow: allow the audit its own 90 s instead of the node project's 20 s test timeout.
it('npm audit --omit=dev finds no high or critical vulnerability', { timeout: 120_000 }, (context) => {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 90_000 })
  let report: AuditReport
  try {
    report = JSON.parse(run.stdout || '{}') as AuditReport
  } catch {
    report = { message: (run.stdout || run.stderr || String(run.error ?? '')).slice(0, 300) }
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    const reason = report.message ?? report.error?.summary ?? run.stderr.slice(0, 300) ?? 'no answer'
    record({ reachable: false, highOrCritical: null, notes: `audit not possible: ${reason}` })
    console.warn(
      `npm audit could not check the dependencies (the registry's audit endpoint did not answer: ${reason}). ` +
        'Skipped, not passed: run the tests where registry.npmjs.org (or a registry with the audit API) is reachable.',
    )
    context.skip()
    return
  }
  const highOrCritical = (counts.high ?? 0) + (counts.critical ?? 0)
  record({
    reachable: true,
    highOrCritical,
    notes: Object.entries(counts)
      .map(([level, count]) => `${level} ${count}`)
      .join(', '),
  })
  expect(highOrCritical).toBe(0)
})
