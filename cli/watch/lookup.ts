import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import * as z from 'zod/mini'
import {
  attributeMapSchema,
  createAttributeMap,
  attributeEntries,
  type AttributeMap,
} from '../../src/genesys/attribute-map.ts'
import { UsageError } from '../enrich-core.ts'
import { normalizePhone, type CustomerLeg } from './customer-leg.ts'

/*
 * Where the outside context comes from: a CSV or JSON file read once at start, or an HTTPS endpoint asked per
 * call with a timeout, bounded retries and a cache. Every answer is validated: names non-blank, values strings.
 */

export interface Lookup {
  /** The context for this caller, or undefined when there is none. Throws LookupError when the source failed. */
  find(leg: Pick<CustomerLeg, 'ani' | 'dnis' | 'conversationId'>): Promise<AttributeMap | undefined>
}

export class LookupError extends Error {
  override readonly name = 'LookupError'
}

function checked(map: AttributeMap, source: string): AttributeMap {
  for (const [name] of attributeEntries(map))
    if (name.trim() === '') throw new UsageError(`${source}: attribute names may not be blank`)
  return map
}

/** RFC 4180 fields: commas, "quoted, fields" and "" for a quote inside quotes. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] ?? ''
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields
}

/** First column: the caller's number in E.164 (with or without tel:); the header names the other columns. */
export function parseCsvLookup(text: string, source: string): Map<string, AttributeMap> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const [header, ...rows] = lines
  if (header === undefined) throw new UsageError(`${source}: the CSV is empty`)
  const names = parseCsvLine(header).slice(1)
  if (names.length === 0) throw new UsageError(`${source}: the header names no attribute columns`)
  const table = new Map<string, AttributeMap>()
  rows.forEach((row, index) => {
    const [phone, ...values] = parseCsvLine(row)
    const key = normalizePhone(phone)
    if (!key) throw new UsageError(`${source}: line ${index + 2} has no phone number in the first column`)
    const entries = names.flatMap((name, i): Array<[string, string]> => {
      const value = values[i]
      return value === undefined || value === '' ? [] : [[name, value]]
    })
    table.set(key, checked(createAttributeMap(entries), source))
  })
  return table
}

const jsonLookupSchema = z.record(z.string(), attributeMapSchema)

/** `{"+4930123": {"CRM.Id": "42", ...}, ...}` */
export function parseJsonLookup(text: string, source: string): Map<string, AttributeMap> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new UsageError(`${source}: not valid JSON`)
  }
  const parsed = jsonLookupSchema.safeParse(json)
  if (!parsed.success)
    throw new UsageError(
      `${source}: expected {"<phone>": {"<name>": "<value>"}}: ${parsed.error.issues[0]?.message ?? ''}`,
    )
  const table = new Map<string, AttributeMap>()
  for (const phone of Object.keys(parsed.data)) {
    const key = normalizePhone(phone)
    const value = parsed.data[phone]
    if (key && value) table.set(key, checked(value, source))
  }
  return table
}

export function tableLookup(table: ReadonlyMap<string, AttributeMap>): Lookup {
  return { find: (leg) => Promise.resolve(leg.ani === undefined ? undefined : table.get(leg.ani)) }
}

export interface UrlLookupOptions {
  template: string
  timeoutMs: number
  retries: number
  cacheTtlMs: number
  cacheSize: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/** Plain HTTP only to this machine (a local sidecar or a test); customer data goes nowhere else unencrypted. */
export function checkLookupUrl(template: string): void {
  let url: URL
  try {
    url = new URL(template.replace(/\{(ani|dnis|conversationId)\}/g, 'x'))
  } catch {
    throw new UsageError(`--lookup-url: ${JSON.stringify(template)} is not a URL`)
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new UsageError('--lookup-url: use https (plain http only to 127.0.0.1/localhost)')
}

export function urlLookup(options: UrlLookupOptions): Lookup {
  checkLookupUrl(options.template)
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const now = options.now ?? Date.now
  const cache = new Map<string, { value: AttributeMap | undefined; until: number }>()

  async function ask(url: string): Promise<AttributeMap | undefined> {
    let lastProblem = 'no answer'
    for (let attempt = 0; attempt <= options.retries; attempt += 1) {
      if (attempt > 0) await sleep(200 * 2 ** (attempt - 1))
      try {
        const response = await getText(url, options.timeoutMs)
        if (response.status === 404) return undefined
        if (response.status >= 500 || response.status === 429) {
          lastProblem = `HTTP ${response.status}`
          continue
        }
        if (response.status < 200 || response.status >= 300)
          throw new LookupError(`the lookup answered HTTP ${response.status}`)
        let json: unknown
        try {
          json = JSON.parse(response.text)
        } catch {
          throw new LookupError('the lookup answer is not JSON')
        }
        const parsed = attributeMapSchema.safeParse(json)
        if (!parsed.success) throw new LookupError('the lookup answer is not an object of names to strings')
        return checkedAnswer(parsed.data)
      } catch (error) {
        if (error instanceof LookupError) throw error
        lastProblem = error instanceof Error ? error.message : String(error)
      }
    }
    throw new LookupError(`the lookup failed after ${options.retries + 1} attempts: ${lastProblem}`)
  }

  return {
    async find(leg) {
      const fill = (name: 'ani' | 'dnis' | 'conversationId') => encodeURIComponent(leg[name] ?? '')
      const url = options.template.replace(
        /\{(ani|dnis|conversationId)\}/g,
        (_, name: 'ani' | 'dnis' | 'conversationId') => fill(name),
      )
      const hit = cache.get(url)
      if (hit && hit.until > now()) return hit.value
      const value = await ask(url)
      if (cache.size >= options.cacheSize) cache.delete(cache.keys().next().value ?? '')
      cache.set(url, { value, until: now() + options.cacheTtlMs })
      return value
    },
  }
}

const maxAnswerBytes = 1_048_576

/**
 * One GET with a deadline for the whole exchange. node:http rather than fetch: when fetch gives up on a hung
 * server, its pooled connection can stay busy and the retry never leaves; destroying the request here closes the
 * socket with it.
 */
function getText(url: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(target, { method: 'GET', headers: { Accept: 'application/json' } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        if (text.length > maxAnswerBytes) req.destroy(new Error('the lookup answer is too large'))
      })
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, text })
      })
      res.on('error', reject)
    })
    const timer = setTimeout(() => req.destroy(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.end()
  })
}

function checkedAnswer(map: AttributeMap): AttributeMap | undefined {
  const entries = attributeEntries(map).filter(([name]) => name.trim() !== '')
  return entries.length === 0 ? undefined : createAttributeMap(entries)
}
