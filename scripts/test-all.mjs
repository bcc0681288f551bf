// `npm test`: every check the project has, in order, then one closing line "N passed, N failed" with the totals
// of all suites (typecheck, lint and the format check count as one check each). Exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { e2eGroupNames, e2eGroupProblems } from './e2e-groups.mjs'

const outputDir = '.test-output'
rmSync(outputDir, { recursive: true, force: true })
mkdirSync(outputDir, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []
const startedAt = Date.now()
let phaseStartedAt = startedAt

/** Marks the start of a phase: the next record() line shows the seconds since. */
function phase(title) {
  console.log(`\n== ${title}`)
  phaseStartedAt = Date.now()
}

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

/**
 * Like run(), but asynchronous and with every line of the child's output prefixed (`[e2e 1] `), so two of them
 * can run side by side and still be read apart. Resolves to whether it exited with 0.
 */
function runPrefixed(prefix, command, args, env = {}) {
  // Piped, a child would drop its colours; keep them when they end up on a terminal anyway.
  const colour =
    process.stdout.isTTY && !process.env.NO_COLOR && !process.env.FORCE_COLOR ? { FORCE_COLOR: '1' } : {}
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...colour, ...env },
    })
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let partial = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk) => {
        const parts = (partial + chunk).split('\n')
        partial = parts.pop() ?? ''
        for (const line of parts) out.write(`${prefix}${line}\n`)
      })
      stream.on('end', () => partial && out.write(`${prefix}${partial}\n`))
    }
    child.on('error', (error) => {
      process.stderr.write(`${prefix}${error.message}\n`)
      resolve(false)
    })
    child.on('close', (code) => resolve(code === 0))
  })
}

function record(suite, counts, time = seconds(phaseStartedAt)) {
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped ?? 0
  lines.push(
    `${suite.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${time})`,
  )
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

// One after another: side by side they saved 5 of 53 s on two cores (each already keeps about 1.5 cores busy).
phase('typecheck')
record(
  'typecheck',
  run('npm', ['run', '--silent', 'typecheck']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
)

phase('lint')
record('lint', run('npx', ['eslint', '.']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })

phase('format (prettier --check)')
record(
  'format',
  run('npx', ['prettier', '--check', '--log-level=warn', '.'])
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1 },
)

// Before vitest, not only before Playwright: the bench smoke test drives Chromium too, and a fresh machine (CI) has
// none until this installs it.
phase('Chromium for the browser-driven checks')
const chromiumOk = run('node', ['scripts/ensure-chromium.mjs'])

phase('unit and component tests (vitest)')
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

// Two Playwright processes side by side, one per group of spec files (scripts/e2e-groups.mjs, decision 0028): each
// has its own emulator, widget build, ports (the base E2E ports plus the group's index), output directory and JSON
// report, and runs its tests one at a time. Most of group 1's time is spent waiting on the widget's real retry and
// reconnect timers, so the two share two cores well.
phase(
  `browser tests (Playwright, Chromium against the emulator, ${e2eGroupNames.length} processes side by side)`,
)
const splitProblems = e2eGroupProblems()
if (!chromiumOk) {
  record('playwright', { passed: 0, failed: 1 })
} else if (splitProblems.length) {
  for (const problem of splitProblems) console.error(`e2e split: ${problem}`)
  record('playwright', { passed: 0, failed: 1 })
} else {
  const groups = await Promise.all(
    e2eGroupNames.map(async (group) => {
      const report = `${outputDir}/playwright-group-${group}.json`
      const ok = await runPrefixed(`[e2e ${group}] `, 'npx', ['playwright', 'test'], {
        E2E_GROUP: group,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      })
      return { group, ok, report: readJson(report), time: seconds(phaseStartedAt) }
    }),
  )
  for (const { group, ok, report, time } of groups) {
    if (report?.stats) {
      const { expected, unexpected, flaky, skipped } = report.stats
      record(
        `playwright ${group}`,
        { passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped },
        time,
      )
    } else {
      record(`playwright ${group}`, { passed: 0, failed: 1 }, time)
    }
  }
}

// Not a test: renders docs/RELIABILITY.md from the figures this run's suites wrote (.test-output/reliability).
console.log('\n== reliability report')
run('node', ['scripts/reliability-report.mjs'])

console.log('\n== summary')
for (const line of lines) console.log(line)
console.log(`wall time    ${seconds(startedAt)}`)
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(totals.failed === 0 ? 0 : 1)
