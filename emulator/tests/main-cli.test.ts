import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'

/** `npm run emulator` = `tsx emulator/main.ts`: reads EMULATOR_PORT and EMULATOR_REDIRECT_URIS, prints the origin. */

let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGTERM')
})

function startCli(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], {
      env: { ...process.env, ...env },
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const origin = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (origin) resolve(origin)
    })
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)))
  })
}

describe('emulator CLI', () => {
  it('prints its origin and registers extra redirect URIs from the environment', async () => {
    const origin = await startCli({
      EMULATOR_PORT: '0',
      EMULATOR_REDIRECT_URIS: 'http://127.0.0.1:7001/, http://localhost:7002/app/',
    })
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const params = new URLSearchParams({
      client_id: 'widget-local-implicit',
      redirect_uri: 'http://localhost:7002/app/',
      response_type: 'token',
    })
    expect((await fetch(`${origin}/oauth/authorize?${params.toString()}`)).status).toBe(200)
    const cors = await fetch(`${origin}/api/v2/users/me`, { headers: { Origin: 'http://127.0.0.1:7001' } })
    expect(cors.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:7001')
  })

  it('refuses a port that is not a number', async () => {
    await expect(startCli({ EMULATOR_PORT: 'eighty' })).rejects.toThrow(/exited with 1/)
  })
})
