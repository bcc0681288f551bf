// `npm test`: every check the project has, in order, then one closing line "N passed, N failed" with the totals
// of all suites (typecheck, lint and the format check count as one check each). Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'

const outputDir = '.test-output'
rmSync(outputDir, { recursive: true, force: true })
mkdirSync(outputDir, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function record(suite, counts) {
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped ?? 0
  lines.push(
    `${suite.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  )
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

console.log('\n== typecheck')
record(
  'typecheck',
  run('npm', ['run', '--silent', 'typecheck']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
)

console.log('\n== lint')
record('lint', run('npx', ['eslint', '.']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })

console.log('\n== format (prettier --check)')
record(
  'format',
  run('npx', ['prettier', '--check', '--log-level=warn', '.'])
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1 },
)

// Before vitest, not only before Playwright: the bench smoke test drives Chromium too, and a fresh machine (CI) has
// none until this installs it.
console.log('\n== Chromium for the browser-driven checks')
const chromiumOk = run('node', ['scripts/ensure-chromium.mjs'])

console.log('\n== unit and component tests (vitest)')
const vitestOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${outputDir}/vitest.json`,
])
const vitest = readJson(`${outputDir}/vitest.json`)
if (vitest) {
  record('vitest', {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests + (vitestOk || vitest.numFailedTests > 0 ? 0 : 1),
    skipped: (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0),
  })
} else {
  record('vitest', { passed: 0, failed: 1 })
}

console.log('\n== browser tests (Playwright, Chromium against the emulator)')
if (chromiumOk) {
  const playwrightOk = run('npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${outputDir}/playwright.json`,
  })
  const report = readJson(`${outputDir}/playwright.json`)
  if (report?.stats) {
    const { expected, unexpected, flaky, skipped } = report.stats
    record('playwright', {
      passed: expected + flaky,
      failed: unexpected + (playwrightOk || unexpected > 0 ? 0 : 1),
      skipped,
    })
  } else {
    record('playwright', { passed: 0, failed: 1 })
  }
} else {
  record('playwright', { passed: 0, failed: 1 })
}

// Not a test: renders docs/RELIABILITY.md from the figures this run's suites wrote (.test-output/reliability).
console.log('\n== reliability report')
run('node', ['scripts/reliability-report.mjs'])

console.log('\n== summary')
for (const line of lines) console.log(line)
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(totals.failed === 0 ? 0 : 1)
