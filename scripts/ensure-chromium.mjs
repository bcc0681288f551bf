// Makes sure the browser tests have a Chromium. On Debian as root it installs Debian's package (Playwright
// cannot download its own browser on machines without general internet access); elsewhere it says what to do.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium, chromiumEnvVariables } from './chromium-path.mjs'

const found = findChromium()
if (found) {
  console.log(`Chromium for browser tests: ${found.path} (${found.source})`)
  process.exit(0)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chromium found; installing Debian\'s "chromium" package (about a minute)...')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
  const installed = findChromium()
  if (installed) {
    console.log(`Chromium for browser tests: ${installed.path}`)
    process.exit(0)
  }
}

console.error(
  [
    'No Chromium found for the browser tests.',
    `Set ${chromiumEnvVariables[0]} to a Chromium or Chrome executable, or install one:`,
    '  Debian/Ubuntu: sudo apt-get install chromium',
    '  anywhere else: npx playwright install chromium',
  ].join('\n'),
)
process.exit(1)
