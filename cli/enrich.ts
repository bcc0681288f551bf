import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { createAttributeMap } from '../src/genesys/attribute-map.ts'
import { createGenesysClient } from '../src/genesys/client.ts'
import { createCustomAttributesClient } from '../src/genesys/custom-attributes-client.ts'
import { createRequester } from '../src/genesys/request.ts'
import { isGenesysApiError } from '../src/genesys/errors.ts'
import { createClientCredentialsTokenSource } from './client-credentials.ts'
import { parseEnrichArgs, usage, type EnrichArgs } from './enrich-args.ts'
import { parseAssignment, parseAttributeFile, parseExpectationFile, UsageError } from './enrich-core.ts'
import { formatRecordResult, recordExitCodes, runRecordEnrichment } from './enrich-custom-attributes.ts'
import { exitCodeFor, exitCodes, formatReport } from './enrich-report.ts'
import { runEnrichment, type EnrichRequest } from './enrich-run.ts'
import { resolveCredentials, resolveTarget, type Env } from './enrich-target.ts'
import { visibleLine, visibleOutput } from './terminal-text.ts'
import { watchMain } from './watch/watch-main.ts'

/** Everything the tool touches outside itself, so tests run it in-process against the emulator. */
export interface EnrichIo {
  env: Env
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Promise<string>
  readStdin: () => Promise<string>
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/** The whole tool: argv in, exit code out. Never throws. */
export async function main(argv: readonly string[], rawIo: EnrichIo, signal?: AbortSignal): Promise<number> {
  // The last guard for every output path: no control character from outside reaches the terminal or a log.
  const io: EnrichIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(visibleOutput(text)),
    stderr: (text) => rawIo.stderr(visibleOutput(text)),
  }
  const [command, ...rest] = argv
  if (command === 'watch' || command === 'retry') return watchMain(command, rest, io, signal)
  let args: EnrichArgs
  let request: EnrichRequest
  try {
    args = parseEnrichArgs(argv)
    if (args.help) {
      io.stdout(`${usage}\n`)
      return exitCodes.ok
    }
    request = await buildRequest(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`enrich: ${error.message}\n\n${usage}\n`)
    return exitCodes.usage
  }
  let target
  let credentials
  try {
    target = resolveTarget(args, io.env)
    credentials = resolveCredentials(target, io.env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`enrich: ${error.message}\n`)
    return exitCodes.usage
  }

  const fetchImpl = io.fetch ?? globalThis.fetch
  const tokens = createClientCredentialsTokenSource({
    ...credentials,
    loginOrigin: target.loginOrigin,
    fetch: fetchImpl,
  })
  if (args.record !== undefined) {
    const records = createCustomAttributesClient(
      createRequester({
        apiOrigin: target.apiOrigin,
        getAccessToken: () => tokens.getAccessToken(),
        onUnauthorized: () => tokens.renew(),
        fetch: fetchImpl,
      }),
    )
    const sets = args.sets.map((text) => parseAssignment(text, '--set'))
    const result = await runRecordEnrichment(records, {
      conversationId: args.conversationId,
      recordId: args.record,
      sets,
      dryRun: args.dryRun,
    })
    const code = recordExitCodes[result.outcome]
    if (args.json)
      io.stdout(`${JSON.stringify({ ...result, target: target.label, exitCode: code }, null, 2)}\n`)
    else (code === 0 ? io.stdout : io.stderr)(`${formatRecordResult(result).join('\n')}\n`)
    return code
  }
  const client = createGenesysClient({
    apiOrigin: target.apiOrigin,
    getAccessToken: () => tokens.getAccessToken(),
    onUnauthorized: () => tokens.renew(),
    fetch: fetchImpl,
  })
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const result = await runEnrichment(request, {
    client,
    sleep,
    now: io.now ?? Date.now,
    progress: (line) => io.stderr(`enrich: ${visibleLine(line)}\n`),
  })

  if (args.json) {
    io.stdout(
      `${JSON.stringify({ ...result, target: target.label, exitCode: exitCodeFor(result.outcome) }, null, 2)}\n`,
    )
  } else {
    const report = formatReport(result, target.label)
    if (report.out.length > 0) io.stdout(`${report.out.join('\n')}\n`)
    if (report.err.length > 0) io.stderr(`${report.err.join('\n')}\n`)
  }
  return exitCodeFor(result.outcome)
}

async function buildRequest(args: EnrichArgs, io: EnrichIo): Promise<EnrichRequest> {
  const desired = createAttributeMap()
  if (args.file !== undefined) {
    const source = args.file === '-' ? 'stdin' : args.file
    Object.assign(desired, parseAttributeFile(await readSource(args.file, io), source))
  }
  for (const text of args.sets) {
    const [name, value] = parseAssignment(text, '--set')
    desired[name] = value
  }
  const expectations = new Map<string, string | null>()
  if (args.expectFile !== undefined) {
    for (const [name, value] of parseExpectationFile(
      await readSource(args.expectFile, io),
      args.expectFile,
    )) {
      expectations.set(name, value)
    }
  }
  for (const text of args.expects) expectations.set(...parseAssignment(text, '--expect'))
  return {
    conversationId: args.conversationId,
    participant: args.participant,
    desired,
    expectations,
    dryRun: args.dryRun,
    maxWaitSeconds: args.maxWaitSeconds,
    verifyTimeoutMs: args.verifyTimeoutSeconds * 1000,
    skipVerify: args.skipVerify,
  }
}

async function readSource(path: string, io: EnrichIo): Promise<string> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path)
  } catch (error) {
    throw new UsageError(
      `cannot read ${path === '-' ? 'stdin' : path}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runAsScript) {
  const io: EnrichIo = {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: readAllStdin,
  }
  // SIGTERM/SIGINT: the watch service drains its in-flight work and exits; the one-shot command just ends.
  const stop = new AbortController()
  for (const name of ['SIGTERM', 'SIGINT'] as const) process.once(name, () => stop.abort())
  main(process.argv.slice(2), io, stop.signal).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // Only a bug gets here; the message never holds a token (the client builds none with one).
      process.stderr.write(
        `enrich: unexpected failure: ${visibleLine(isGenesysApiError(error) || error instanceof Error ? error.message : String(error))}\n`,
      )
      process.exitCode = exitCodes.failure
    },
  )
}
