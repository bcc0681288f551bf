import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import type { IncomingMessage, ServerResponse } from 'node:http'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { securityHeaders } from './scripts/security-headers.ts'
import { sourcemapFromEnv } from './scripts/build-sourcemap.ts'

const widgetPort = Number(process.env.WIDGET_PORT ?? 5173)
const previewPort = Number(process.env.PREVIEW_PORT ?? 4173)

/**
 * Serves /config.json from public/ but lets EMULATOR_ORIGIN point the "emulator" region elsewhere, so tests and
 * a second local copy can run an emulator on another port without editing the shipped sample config.
 */
function runtimeConfigOverride(): Plugin {
  const override = (): string | undefined => {
    const origin = process.env.EMULATOR_ORIGIN
    if (!origin) return undefined
    const config = JSON.parse(
      readFileSync(new URL('./public/config.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>
    return JSON.stringify({ ...config, emulatorOrigin: origin }, null, 2)
  }
  const middleware =
    (mode: 'dev' | 'preview') =>
    (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
      const body = req.url?.split('?')[0] === '/config.json' ? override() : undefined
      if (body === undefined) return next()
      // Answered here, so the server's own header settings never apply: send the same security headers ourselves.
      for (const [name, value] of Object.entries(securityHeaders({ mode }))) res.setHeader(name, value)
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Cache-Control', 'no-store')
      res.end(body)
    }
  return {
    name: 'runtime-config-override',
    configureServer: (server) => void server.middlewares.use(middleware('dev')),
    configurePreviewServer: (server) => void server.middlewares.use(middleware('preview')),
  }
}

/** The early conversation read: its own entry, started by index.html before the app's script has arrived. */
const earlyReadEntry = 'src/app/early-read/start-early-read.ts'

/**
 * Puts the early read's script first in <head>, `async`, so it runs as soon as it arrives and never waits for, or
 * holds up, the app's script (decision 0030). In a build it is the emitted chunk; in dev the source file.
 */
function earlyReadScript(): Plugin {
  let base = '/'
  return {
    name: 'early-read-script',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const chunk = context.bundle
          ? Object.values(context.bundle).find((item) => item.type === 'chunk' && item.name === 'early-read')
          : undefined
        const src = chunk ? `${base}${chunk.fileName}` : context.server ? `/${earlyReadEntry}` : undefined
        if (!src) return []
        return [{ tag: 'script', attrs: { type: 'module', async: true, src }, injectTo: 'head-prepend' }]
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), runtimeConfigOverride(), earlyReadScript()],
  server: { host: '127.0.0.1', port: widgetPort, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: previewPort,
    strictPort: true,
    headers: securityHeaders({ mode: 'preview' }),
  },
  build: {
    target: 'es2022',
    // Off unless an admin opts in (WIDGET_SOURCEMAP): maps would publish the whole source beside the app.
    sourcemap: sourcemapFromEnv(process.env.WIDGET_SOURCEMAP),
    // Every browser the Genesys desktop supports has <link rel="modulepreload">: the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: 'index.html', 'early-read': earlyReadEntry } },
  },
  test: {
    restoreMocks: true,
    // Vitest's default leaves a core to its main process (cores - 1): one worker on a two-core machine, every file
    // in turn. The main process is nearly idle once the files are transformed, and each file already runs in its
    // own process with its own emulator on a free port and its own temp dirs, so two workers there (decision 0028).
    maxWorkers: Math.max(availableParallelism() - 1, 2),
    projects: [
      {
        extends: true,
        test: {
          name: 'widget',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          globals: true,
          include: [
            'emulator/**/*.test.ts',
            'cli/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/contract/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
    ],
  },
})
