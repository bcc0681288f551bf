import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Figures the reliability specs hand to scripts/reliability-report.mjs. Each file is a map keyed by the row's
 * name, so re-running one spec replaces its rows instead of piling up duplicates; `npm test` starts from an empty
 * .test-output, so the report always shows the figures of that run. Under `npm test` the browser suite runs as
 * two processes side by side (E2E_GROUP, scripts/e2e-groups.mjs): each writes its own copy (`faults.group-1.json`),
 * so neither overwrites rows the other added between its read and its write; the report merges them.
 */
export const reliabilityDir = join('.test-output', 'reliability')

export type ReliabilityFile = 'faults' | 'hostile' | 'hardening'

export function recordReliability(file: ReliabilityFile, key: string, entry: Record<string, unknown>): void {
  const group = process.env.E2E_GROUP
  const path = join(reliabilityDir, group ? `${file}.group-${group}.json` : `${file}.json`)
  mkdirSync(dirname(path), { recursive: true })
  let rows: Record<string, unknown>
  try {
    rows = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    rows = {}
  }
  rows[key] = { ...entry, recordedAt: new Date().toISOString() }
  writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`)
}

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

/** The first line of a failed test's error, without terminal colours: what the report shows for a row. */
export function failureSummary(error: { message?: string } | undefined): string | undefined {
  return error?.message?.replace(ansiColour, '').split('\n')[0]
}
