import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { describeChildExit } from '../../scripts/child-exit.mjs'

/*
 * `npm start` runs the emulator and the widget's dev server together. When the emulator dies, the dev server
 * goes with it (it cannot work alone), and the terminal must say so and why, not end on a bare exit code.
 */

async function busyPort(): Promise<{ port: number; close: () => void }> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, close: () => server.close() }
}

describe('npm start when the emulator dies', () => {
  it('says the emulator stopped, that the dev server stops too, and exits non-zero', async () => {
    const busy = await busyPort()
    let output = ''
    const exitCode = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['scripts/start.mjs'], {
        env: { ...process.env, EMULATOR_PORT: String(busy.port), WIDGET_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('close', resolve)
    })
    busy.close()
    expect(exitCode).toBe(1)
    expect(output).toContain(`Port ${busy.port} is in use`)
    expect(output).toContain('The emulator stopped unexpectedly: it exited with code 1.')
    expect(output).toContain("Stopping the widget's dev server too.")
  }, 60_000)

  it('names a signal when one ended the process, and stays quiet about a requested stop', () => {
    expect(describeChildExit('emulator', null, 'SIGKILL', false)).toContain('it was ended by SIGKILL')
    expect(describeChildExit('widget', 1, null, false)).toContain('Stopping the emulator too.')
    expect(describeChildExit('emulator', 0, null, true)).toBe('[emulator] stopped.')
  })
})
