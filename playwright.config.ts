import { defineConfig, devices } from '@playwright/test'
import { findChromium, offlineChromiumArgs } from './scripts/chromium-path.mjs'
import { e2eGroupNames, e2eGroupProblems, e2eGroups, e2eTestDir } from './scripts/e2e-groups.mjs'

/**
 * `npm test` runs the suite as two processes side by side (scripts/e2e-groups.mjs, decision 0028): E2E_GROUP picks
 * one group's spec files, and that group gets its own ports (the base ports plus its index), build, emulator and
 * output directory. Without E2E_GROUP (`npm run test:e2e`, `npx playwright test <file>`) every spec runs.
 */
const group = process.env.E2E_GROUP || undefined
if (group !== undefined) {
  if (!e2eGroupNames.includes(group))
    throw new Error(`E2E_GROUP must be one of ${e2eGroupNames.join(', ')}, got "${group}"`)
  const problems = e2eGroupProblems()
  if (problems.length) throw new Error(`scripts/e2e-groups.mjs is incomplete:\n${problems.join('\n')}`)
}
const portOffset = group === undefined ? 0 : e2eGroupNames.indexOf(group)

/**
 * Browser tests run the built widget (vite preview, with production security headers) and the emulator on their
 * own ports, so they never collide with a developer's `npm start` on 5173/8700.
 */
export const e2ePorts = {
  emulator: Number(process.env.E2E_EMULATOR_PORT ?? 8710) + portOffset,
  widget: Number(process.env.E2E_WIDGET_PORT ?? 4180) + portOffset,
}
const emulatorOrigin = `http://127.0.0.1:${e2ePorts.emulator}`
const widgetOrigin = `http://127.0.0.1:${e2ePorts.widget}`
const e2eBuildDir = `node_modules/.cache/e2e-dist-${e2ePorts.widget}`
const chromium = findChromium()

export default defineConfig({
  testDir: e2eTestDir,
  ...(group === undefined
    ? {}
    : { testMatch: e2eGroups[group] ?? [], outputDir: `test-results/group-${group}` }),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: widgetOrigin,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromium ? { executablePath: chromium.path } : {}),
      args: offlineChromiumArgs,
    },
  },
  webServer: [
    {
      command: 'npx tsx emulator/main.ts',
      url: `${emulatorOrigin}/__admin/state`,
      env: {
        EMULATOR_PORT: String(e2ePorts.emulator),
        EMULATOR_REDIRECT_URIS: `${widgetOrigin}/,http://localhost:${e2ePorts.widget}/`,
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A build per port, so suites started side by side (different E2E ports) never serve each other's half-written files.
      command: `npx vite build --logLevel warn --outDir ${e2eBuildDir} && npx vite preview --outDir ${e2eBuildDir} --port ${e2ePorts.widget} --strictPort`,
      url: `${widgetOrigin}/`,
      env: { EMULATOR_ORIGIN: emulatorOrigin, PREVIEW_PORT: String(e2ePorts.widget) },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
