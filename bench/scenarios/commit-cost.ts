import type { Page, Response } from '@playwright/test'
import { userToken } from '../../emulator/test-support/http-client.ts'
import { apiWrites, createCall, embeddedUrl, makeAttributes, type CreatedCall } from '../lib/admin.ts'
import type { BenchStack } from '../lib/stack.ts'
import { figureOf, repeat, type Figure } from '../lib/stats.ts'
import { countApiRequests, loadAndMeasure } from '../lib/widget-page.ts'

export interface CommitCostRow {
  strategy: 'widget' | 'tutorial'
  mapSize: number
  changed: number
  requests: Figure
  patchRequests: Figure
  /** Request bodies sent (JSON), all requests of the commit. */
  bytesSent: Figure
  /** Response bodies received. */
  bytesReceived: Figure
  /** How long counting went on after the commit settled on screen (to catch confirmation polls, refetches). */
  settleMs: number
  /** The requests of the median run with when they left, e.g. ["PATCH …/attributes @12 ms", "GET … @20 ms"]. */
  sequence: string[]
}

const idPattern = /[0-9a-f]{8}-[0-9a-f-]{27}/g
const shortPath = (method: string, path: string) => `${method} ${path.replace(idPattern, '{id}')}`

function changes(k: number, run: number): Record<string, string> {
  const result: Record<string, string> = {}
  for (let index = 0; index < k; index += 1)
    result[`Attr${String(index).padStart(4, '0')}`] = `corrected ${run}.${index}`
  return result
}

interface CommitSample {
  requests: Array<{ method: string; path: string; bodyBytes: number; receivedBytes: number; atMs: number }>
}

/** The widget, driven as a user: edit k cells, press Commit, wait until the server shows them and polling settled. */
async function widgetCommit(
  stack: BenchStack,
  page: Page,
  call: CreatedCall,
  { k, run, settleMs }: { k: number; run: number; settleMs: number },
) {
  const values = changes(k, run)
  for (const [name, value] of Object.entries(values)) {
    const cell = page.getByRole('textbox', { name: `Value of ${name}`, exact: true })
    await cell.fill(value)
    await cell.press('Enter')
  }
  const received: number[] = []
  const onResponse = (response: Response) => {
    if (!response.url().startsWith(`${stack.emulator.origin}/api/`)) return
    void response.body().then(
      (body) => received.push(body.length),
      () => received.push(0),
    )
  }
  page.on('response', onResponse)
  const writesBefore = (await apiWrites(stack.emulator.origin, call)).length
  const { requests } = await countApiRequests(page, stack.emulator.origin, async () => {
    await page.getByRole('button', { name: 'Commit', exact: true }).click()
    // Accepted and applied on the server, then nothing left saving or confirming on screen.
    for (let waited = 0; waited < 15_000; waited += 50) {
      const writes = await apiWrites(stack.emulator.origin, call)
      if (writes.length > writesBefore && writes.every((write) => write.appliedAt !== null)) break
      await page.waitForTimeout(50)
    }
    await page
      .locator('[role="row"][data-status="saving"], [role="row"][data-status="confirming"]')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
    // Whatever the widget does after a commit (refetch, confirmation polls: 0.4 s, then 0.8 s…) lands in here.
    await page.waitForTimeout(settleMs)
  })
  page.off('response', onResponse)
  const total = received.reduce((sum, bytes) => sum + bytes, 0)
  return {
    requests: requests.map((request, index) => ({ ...request, receivedBytes: index === 0 ? total : 0 })),
  }
}

/** The seed tutorial's way, with plain fetch: read, merge locally, write the whole map, read again. */
async function tutorialCommit(
  origin: string,
  token: string,
  call: CreatedCall,
  k: number,
  run: number,
): Promise<CommitSample> {
  const requests: CommitSample['requests'] = []
  const started = performance.now()
  const send = async (method: string, path: string, body?: string) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body } : {}),
    })
    const text = await response.text()
    requests.push({
      method,
      path,
      bodyBytes: body ? Buffer.byteLength(body) : 0,
      receivedBytes: Buffer.byteLength(text),
      atMs: performance.now() - started,
    })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
    return text
  }
  const conversationPath = `/api/v2/conversations/${call.conversationId}`
  const read = JSON.parse(await send('GET', conversationPath)) as {
    participants: Array<{ id: string; attributes: Record<string, string> }>
  }
  const current =
    read.participants.find((participant) => participant.id === call.customerId)?.attributes ?? {}
  const merged = { ...current, ...changes(k, run) }
  await send(
    'PATCH',
    `${conversationPath}/participants/${call.customerId}/attributes`,
    JSON.stringify({ attributes: merged }),
  )
  await send('GET', conversationPath)
  return { requests }
}

function row(
  settleMs: number,
  strategy: CommitCostRow['strategy'],
  mapSize: number,
  changed: number,
  samples: CommitSample[],
): CommitCostRow {
  const sorted = [...samples].sort((a, b) => a.requests.length - b.requests.length)
  const median = sorted[Math.floor(sorted.length / 2)]
  return {
    strategy,
    mapSize,
    changed,
    settleMs: strategy === 'widget' ? settleMs : 0,
    requests: figureOf(samples, (s) => s.requests.length),
    patchRequests: figureOf(samples, (s) => s.requests.filter((r) => r.method === 'PATCH').length),
    bytesSent: figureOf(samples, (s) => s.requests.reduce((sum, r) => sum + r.bodyBytes, 0)),
    bytesReceived: figureOf(samples, (s) => s.requests.reduce((sum, r) => sum + r.receivedBytes, 0)),
    sequence: median
      ? median.requests.map((r) => `${shortPath(r.method, r.path)} @${Math.round(r.atMs)} ms`)
      : [],
  }
}

export async function measureCommitCost(
  stack: BenchStack,
  cases: ReadonlyArray<{ n: number; k: number }>,
  runs: number,
  settleMs: number,
): Promise<CommitCostRow[]> {
  const origin = stack.emulator.origin
  const token = await userToken(origin, 'agent')
  const page = await stack.signedInPage('agent@example.com')
  const rows: CommitCostRow[] = []
  try {
    for (const { n, k } of cases) {
      const widgetCall = await createCall(origin, makeAttributes(n))
      await loadAndMeasure(page, embeddedUrl(stack.widgetOrigin, widgetCall), origin)
      await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
      const widgetSamples = await repeat(runs, (run) =>
        widgetCommit(stack, page, widgetCall, { k, run, settleMs }),
      )
      rows.push(row(settleMs, 'widget', n, k, widgetSamples))
      const tutorialCall = await createCall(origin, makeAttributes(n))
      const tutorialSamples = await repeat(runs, (run) => tutorialCommit(origin, token, tutorialCall, k, run))
      rows.push(row(settleMs, 'tutorial', n, k, tutorialSamples))
    }
    return rows
  } finally {
    await page.close()
  }
}
