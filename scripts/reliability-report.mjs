// Renders docs/RELIABILITY.md from the figures the reliability tests wrote into .test-output/reliability/*.json
// during this run (and the concurrency model's figures from vitest's JSON report). Never edit the document by
// hand: run `npm test`, or the suites and then `node scripts/reliability-report.mjs`.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const outputDir = '.test-output'
const figuresDir = join(outputDir, 'reliability')
const documentPath = join('docs', 'RELIABILITY.md')

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim()
    return dirty ? `${head} (with uncommitted changes)` : head
  } catch {
    return 'unknown'
  }
}

/** The model test hands its figures to vitest as task meta (`reliability`); the JSON reporter keeps them. */
function modelFigures() {
  const own = readJson(join(figuresDir, 'model.json'))
  if (own) return own
  const vitest = readJson(join(outputDir, 'vitest.json'))
  for (const file of vitest?.testResults ?? []) {
    for (const result of file.assertionResults ?? []) {
      const figures = result.meta?.reliability
      if (figures) {
        const model = { ...figures, passed: result.status === 'passed', test: result.fullName }
        mkdirSync(figuresDir, { recursive: true })
        writeFileSync(join(figuresDir, 'model.json'), `${JSON.stringify(model, null, 2)}\n`)
        return model
      }
    }
  }
  return undefined
}

/**
 * The rows of one figures file: `<name>.json`, merged with the `<name>.group-<n>.json` each browser-test process
 * writes when `npm test` runs the groups side by side (tests/e2e/support/reliability-record.ts). A row recorded
 * in more than one keeps its latest figures.
 */
function rowsOf(name) {
  const ours = new RegExp(`^${name}(\\.group-[\\w-]+)?\\.json$`)
  const files = existsSync(figuresDir) ? readdirSync(figuresDir).filter((file) => ours.test(file)) : []
  const rows = {}
  for (const file of files.sort()) {
    for (const [key, row] of Object.entries(readJson(join(figuresDir, file)) ?? {})) {
      if (!rows[key] || String(row?.recordedAt ?? '') >= String(rows[key].recordedAt ?? '')) rows[key] = row
    }
  }
  return Object.values(rows)
}

// In the spec's table order, each fault's commit row before its idle row.
const faults = rowsOf('faults').sort(
  (a, b) => (a.order ?? 99) - (b.order ?? 99) || String(a.phase).localeCompare(String(b.phase)),
)
const hostile = rowsOf('hostile')
const hardening = rowsOf('hardening')
const audit = readJson(join(figuresDir, 'audit.json'))
const model = modelFigures()

const sum = (rows, key) => rows.reduce((total, row) => total + (Number(row[key]) || 0), 0)
const notRun = 'not run'
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ').slice(0, 160)

const faultsHeld = faults.filter((row) => row.held).length
const faultEditsLost = sum(faults, 'editsLost')
const forcedReloads = faults
  .filter((row) => Number(row.reloads) > 0)
  .map((row) => `${row.fault} (${row.phase})`)
const duplicateWrites = faults.filter((row) => Number(row.apiWrites) > 1).length
const hostilePayloads = sum(hostile, 'payloads')
const hostileExecuted = sum(hostile, 'executed')
const hostileMangled = sum(hostile, 'mangled')
const tokenScans = hardening.filter((row) => row.tokenLeaks !== undefined)
const tokenLeaks = sum(tokenScans, 'tokenLeaks')
const hardeningHeld = hardening.filter((row) => row.held).length

const summary = [
  [
    'Fault matrix (Chromium, emulator faults)',
    faults.length ? `${faultsHeld}/${faults.length} survived` : notRun,
  ],
  ['Edits lost in the fault matrix (must be 0)', faults.length ? faultEditsLost : notRun],
  ['Rows with a duplicate write (must be 0)', faults.length ? duplicateWrites : notRun],
  ['Rows that needed a page reload to recover', faults.length ? forcedReloads.join(', ') || 'none' : notRun],
  [
    'Concurrency model: interleavings run',
    model
      ? `${model.interleavings} (${model.commits ?? '?'} commits, ${model.passed ? 'all invariants held' : 'FAILED'})`
      : notRun,
  ],
  ['Concurrency model: edits lost (must be 0)', model ? (model.passed ? 0 : 'see failure') : notRun],
  ['Concurrency model: silent overwrites (must be 0)', model ? (model.passed ? 0 : 'see failure') : notRun],
  ['Hostile input: payloads tried', hostile.length ? hostilePayloads : notRun],
  ['Hostile input: executed (must be 0)', hostile.length ? hostileExecuted : notRun],
  ['Hostile input: mangled on the round trip (must be 0)', hostile.length ? hostileMangled : notRun],
  ['Hardening checks held', hardening.length ? `${hardeningHeld}/${hardening.length}` : notRun],
  ['Token leaks found (must be 0)', tokenScans.length ? tokenLeaks : notRun],
  [
    '`npm audit --omit=dev` high or critical',
    audit ? (audit.reachable ? audit.highOrCritical : 'registry unreachable') : notRun,
  ],
]

const lines = [
  '# Reliability and security report',
  '',
  '<!-- Generated by scripts/reliability-report.mjs from the figures of a test run. Do not edit by hand. -->',
  '',
  `Run: ${new Date().toISOString()} · commit ${gitCommit()}. What issue 5 asks the tests to prove, and what held.`,
  '',
  '| What was tried | Result |',
  '| --- | --- |',
  ...summary.map(([what, result]) => `| ${what} | ${cell(result)} |`),
  '',
  '## Fault matrix',
  '',
  'Each row: the fault is injected by the emulator during a commit or while the agent is idle with two staged',
  'edits. "Held" means the user was told (the text below), the edits stayed staged, no write went out twice, the',
  'server ended with exactly the committed values, and the widget recovered. "Reloads" counts page loads the fault',
  'forced (a 401 sends the widget through sign-in again; the staged edits come back from sessionStorage).',
  '',
  '| Fault | Phase | Held | Writes | Edits lost | Reloads | What the user was told |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...faults.map(
    (row) =>
      `| ${cell(row.fault)} | ${row.phase} | ${row.held ? 'yes' : '**no**'} | ${row.apiWrites ?? '–'} | ${row.editsLost ?? '–'} | ${row.reloads ?? '–'} | ${cell(row.held ? (row.told ?? '') : (row.error ?? row.told ?? ''))} |`,
  ),
  '',
  '## Hostile input',
  '',
  '| Case | Payloads | Executed | Mangled | Held | Notes |',
  '| --- | --- | --- | --- | --- | --- |',
  ...hostile.map(
    (row) =>
      `| ${cell(row.case)} | ${row.payloads ?? '–'} | ${row.executed ?? '–'} | ${row.mangled ?? '–'} | ${row.held ? 'yes' : '**no**'} | ${cell(row.notes ?? row.error ?? '')} |`,
  ),
  '',
  '## Hardening',
  '',
  '| Check | Held | Notes |',
  '| --- | --- | --- |',
  ...hardening.map(
    (row) =>
      `| ${cell(row.check)} | ${row.held ? 'yes' : '**no**'} | ${cell(row.notes ?? row.error ?? '')} |`,
  ),
  ...(audit
    ? [
        `| npm audit --omit=dev | ${audit.reachable && audit.highOrCritical === 0 ? 'yes' : '**no**'} | ${cell(audit.notes ?? '')} |`,
      ]
    : []),
  '',
]

writeFileSync(documentPath, lines.join('\n'))
try {
  // Formatted like every other document, so a format check over the repo stays clean after a test run.
  execFileSync('npx', ['prettier', '--write', documentPath], { stdio: 'ignore' })
} catch {
  // Unformatted is still correct; the figures are what matter.
}
console.log(
  `reliability report: ${documentPath} (${faults.length} fault rows, ${hostile.length} hostile cases)`,
)
