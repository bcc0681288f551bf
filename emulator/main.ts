import { startEmulator } from './server.ts'
import { SEED } from './seed.ts'
import { SERVICE_CLIENT } from './state/clients.ts'

/*
 * `npm run emulator`: EMULATOR_PORT (default 8700), EMULATOR_REDIRECT_URIS (comma separated, added to the widget
 * clients' defaults). Prints the origin so scripts can wait for it.
 */

const port = Number(process.env.EMULATOR_PORT ?? 8700)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}"`)
  process.exit(1)
}
const redirectUris = (process.env.EMULATOR_REDIRECT_URIS ?? '')
  .split(',')
  .map((uri) => uri.trim())
  .filter(Boolean)

const emulator = await startEmulator({ port, redirectUris }).catch((error: unknown) => {
  const busy = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
  console.error(busy ? `Port ${port} is in use: set EMULATOR_PORT to a free port.` : error)
  process.exit(1)
})
console.log(`Genesys Cloud emulator listening on ${emulator.origin}`)
console.log(
  `  users: ${Object.values(SEED.users)
    .map((u) => u.email)
    .join(', ')}`,
)
console.log(
  `  clients: widget-local (PKCE), widget-local-implicit, ${SERVICE_CLIENT.id} / ${SERVICE_CLIENT.secret}`,
)
console.log(`  admin: ${emulator.origin}/__admin/state`)

// Last line of defence for a local tool: a bug in one request handler is logged and the emulator keeps serving
// the others (and `npm start` keeps the widget up), instead of ending the process. Tests see such bugs: the
// in-process emulator has no such handler, so vitest reports them.
const keepRunning = (kind: string) => (error: unknown) => {
  console.error(`[emulator] ${kind} (the emulator keeps running; please report it):`, error)
}
process.on('uncaughtException', keepRunning('uncaught exception'))
process.on('unhandledRejection', keepRunning('unhandled rejection'))

const stop = (): void => {
  void emulator.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
