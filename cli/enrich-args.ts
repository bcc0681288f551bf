import { parseArgs } from 'node:util'
import { UsageError } from './enrich-core.ts'

export const usage = `Usage: npm run enrich -- --conversation <id> [what to write] [options]

Writes participant data (attributes) on a live Genesys Cloud conversation: only the names whose value
changes, in one PATCH, then waits until the write is visible.

What to write (at least one; --set wins over the file for the same name):
  -s, --set name=value        an attribute to write (repeatable; value may be empty)
  -f, --file <path|->         a JSON object {"name": "value"}; "-" reads stdin

Which participant (default: --purpose customer):
  -p, --participant <id>      the participant id
      --purpose <purpose>     the participant with this purpose (customer, agent, acd, ivr, ...)

Compare-and-set (nothing is written if any differs; exit code 2):
      --expect name=value     the value the server must still hold (repeatable)
      --expect-file <path>    a JSON object {"name": "value" | null}; null: must not exist

Conversation custom attributes instead of participant data:
      --record <id>           the custom-attributes record to write; each --set field=value is typed by the
                              record's schema (numbers, true/false, enum value or title, ISO date-time; empty
                              removes the field) and sent in one PATCH with the version read as compare-and-set

Target (default: the emulator at http://127.0.0.1:8700):
      --region <id>           a Genesys Cloud region, e.g. us-east-1, eu-west-1 (or env GENESYS_REGION)
      --emulator-origin <url> an emulator elsewhere (or env EMULATOR_ORIGIN)
  Credentials come from env GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET and go only to a region's https login
  host; with them set, a region (or an explicit --emulator-origin) is required. The emulator has its own client.

Options:
      --dry-run               read and print the diff; send nothing
      --json                  one JSON result object on stdout
      --max-wait <seconds>    longest rate-limit (429) wait to accept, default 60
      --verify-timeout <s>    how long to wait for the write to show, default 10
      --skip-verify           do not wait for the write to show
  -h, --help

The service for every new call in some queues: npm run enrich -- watch --help

Exit codes: 0 done (or nothing to change), 2 conflict, 3 conversation or participant not found,
1 any other failure, 64 usage error.`

export interface EnrichArgs {
  help: boolean
  conversationId: string
  participant: { by: 'id'; id: string } | { by: 'purpose'; purpose: string }
  sets: string[]
  file: string | undefined
  expects: string[]
  expectFile: string | undefined
  record: string | undefined
  dryRun: boolean
  json: boolean
  region: string | undefined
  emulatorOrigin: string | undefined
  maxWaitSeconds: number
  verifyTimeoutSeconds: number
  skipVerify: boolean
}

export function parseEnrichArgs(argv: readonly string[]): EnrichArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        conversation: { type: 'string', short: 'c' },
        participant: { type: 'string', short: 'p' },
        purpose: { type: 'string' },
        set: { type: 'string', short: 's', multiple: true },
        file: { type: 'string', short: 'f' },
        expect: { type: 'string', multiple: true },
        'expect-file': { type: 'string' },
        record: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        region: { type: 'string' },
        'emulator-origin': { type: 'string' },
        'max-wait': { type: 'string' },
        'verify-timeout': { type: 'string' },
        'skip-verify': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const help = values.help ?? false
  const conversationId = values.conversation ?? ''
  if (!help && conversationId.trim() === '') throw new UsageError('--conversation <id> is required')
  if (!help && !values.set?.length && values.file === undefined)
    throw new UsageError('nothing to write: give --set name=value or --file')
  if (values.record !== undefined && (values.file !== undefined || values.expect || values['expect-file']))
    throw new UsageError('--record takes --set only: the record version is the compare-and-set')
  if (values.participant !== undefined && values.purpose !== undefined)
    throw new UsageError('give --participant or --purpose, not both')
  return {
    help,
    conversationId,
    participant:
      values.participant !== undefined
        ? { by: 'id', id: values.participant }
        : { by: 'purpose', purpose: values.purpose ?? 'customer' },
    sets: values.set ?? [],
    file: values.file,
    expects: values.expect ?? [],
    expectFile: values['expect-file'],
    record: values.record,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    region: values.region,
    emulatorOrigin: values['emulator-origin'],
    maxWaitSeconds: seconds(values['max-wait'], '--max-wait', 60),
    verifyTimeoutSeconds: seconds(values['verify-timeout'], '--verify-timeout', 10),
    skipVerify: values['skip-verify'] ?? false,
  }
}

function seconds(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0 || value > 3600)
    throw new UsageError(`${flag}: expected seconds between 0 and 3600`)
  return value
}
