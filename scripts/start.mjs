// `npm start`: the emulator and the widget's dev server side by side, with a seeded live call, until Ctrl+C.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describeChildExit } from './child-exit.mjs'

// The tools run as direct children of this process (not through npx), so stopping this process stops them too.
const require = createRequire(import.meta.url)
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`))
const viteBin = join(packageDir('vite'), 'bin', 'vite.js')
const tsxBin = join(packageDir('tsx'), 'dist', 'cli.mjs')

const emulatorPort = process.env.EMULATOR_PORT ?? '8700'
const widgetPort = process.env.WIDGET_PORT ?? '5173'
const emulatorOrigin = `http://127.0.0.1:${emulatorPort}`
const widgetUrl = `http://127.0.0.1:${widgetPort}/`

const children = []
function start(name, command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}`)
      .join('\n')
  child.stdout.on('data', (chunk) => console.log(prefix(chunk)))
  child.stderr.on('data', (chunk) => console.error(prefix(chunk)))
  child.on('exit', (code, signal) => {
    const message = describeChildExit(name, code, signal, stopping)
    if (stopping) console.log(message)
    else console.error(message)
    stopAll(code || 1)
  })
  children.push(child)
}

let stopping = false
function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

const extraRedirects = [`http://127.0.0.1:${widgetPort}/`, `http://localhost:${widgetPort}/`].join(',')
start('emulator', process.execPath, [tsxBin, 'emulator/main.ts'], {
  EMULATOR_PORT: emulatorPort,
  EMULATOR_REDIRECT_URIS: [process.env.EMULATOR_REDIRECT_URIS, extraRedirects].filter(Boolean).join(','),
})
start('widget', process.execPath, [viteBin, '--port', widgetPort, '--strictPort'], {
  EMULATOR_ORIGIN: emulatorOrigin,
})

setTimeout(() => {
  console.log(
    [
      '',
      '  Participant data widget is running against the local Genesys Cloud emulator.',
      `  Open ${widgetUrl} and sign in as agent@example.com (a live call is waiting).`,
      `  Supervisor: supervisor@example.com. Emulator: ${emulatorOrigin} (admin API under /__admin).`,
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
}, 2500)
