import { userToken } from '../../emulator/test-support/http-client.ts'
import { createCall, embeddedUrl, makeAttributes } from '../lib/admin.ts'
import { inPage } from '../lib/in-page.ts'
import type { BenchStack } from '../lib/stack.ts'
import { summarize, type Figure } from '../lib/stats.ts'
import { loadAndMeasure } from '../lib/widget-page.ts'

export interface LiveLatencyResult {
  /** Flow write (admin API, sent from inside the page) to the frame showing the value in the widget. */
  widgetMs: Figure
  /** The admin write's own round trip, part of the figure above. */
  writeRoundTripMs: Figure
  /** The same, for a page that polls GET /conversations/{id} every `pollIntervalMs`, writes spread over the cycle. */
  pollingMs: Figure
  pollIntervalMs: number
  /** What a uniform arrival over the poll cycle predicts: half the interval plus one read. */
  pollingExpectedMs: number
}

/**
 * Everything runs in the page so one clock measures both ends: `fetch` to the admin API (CORS is open there), then
 * a requestAnimationFrame loop that stops in the frame whose DOM holds the new value.
 */
const widgetTrialSource = `async ({ adminUrl, name, value }) => {
  const editor = () => document.querySelector('textarea[aria-label="Value of ' + name + '"]')
  const start = performance.now()
  const write = fetch(adminUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attributes: { [name]: value }, source: 'flow' }) }).then(() => performance.now() - start)
  const shownAt = await new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('value never shown')), 10000)
    const check = () => {
      if (editor() && editor().value === value) { clearTimeout(timeout); resolve(performance.now()) }
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  return { latency: shownAt - start, write: await write }
}`

/** A stand-in for a polling widget: reads the conversation every interval and shows the value when it changed. */
const pollingTrialSource = `async ({ adminUrl, apiUrl, token, participantId, name, value, intervalMs, offsetMs }) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  const out = document.createElement('output')
  document.body.append(out)
  let shownAt = null
  const poll = async () => {
    const response = await fetch(apiUrl, { headers: { Authorization: 'Bearer ' + token } })
    const conversation = await response.json()
    const participant = conversation.participants.find((p) => p.id === participantId)
    if (shownAt === null && participant && participant.attributes[name] === value) {
      out.textContent = value
      await new Promise((resolve) => requestAnimationFrame(resolve))
      shownAt = performance.now()
    }
  }
  const timer = setInterval(poll, intervalMs)
  void poll()
  await sleep(offsetMs)
  const start = performance.now()
  await fetch(adminUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attributes: { [name]: value }, source: 'flow' }) })
  while (shownAt === null) await sleep(10)
  clearInterval(timer)
  out.remove()
  return shownAt - start
}`

export async function measureLiveLatency(
  stack: BenchStack,
  { runs, pollRuns, pollIntervalMs }: { runs: number; pollRuns: number; pollIntervalMs: number },
): Promise<LiveLatencyResult> {
  const origin = stack.emulator.origin
  const page = await stack.signedInPage('agent@example.com')
  try {
    const call = await createCall(origin, { ...makeAttributes(50), LiveProbe: 'start', PollProbe: 'start' })
    await loadAndMeasure(page, embeddedUrl(stack.widgetOrigin, call), origin)
    await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
    const adminUrl = `${origin}/__admin/conversations/${call.conversationId}/participants/${call.customerId}/attributes`

    const widget: Array<{ latency: number; write: number }> = []
    for (let run = 0; run < runs; run += 1) {
      widget.push(
        await inPage(page, widgetTrialSource, { adminUrl, name: 'LiveProbe', value: `flow ${run}` }),
      )
      await page.waitForTimeout(100)
    }

    const token = await userToken(origin, 'agent')
    const polling: number[] = []
    for (let run = 0; run < pollRuns; run += 1) {
      // Writes spread evenly over the poll cycle, so the median is that of a uniform arrival.
      const offsetMs = Math.round(((run + 0.5) / pollRuns) * pollIntervalMs)
      polling.push(
        await inPage<number>(page, pollingTrialSource, {
          adminUrl,
          apiUrl: `${origin}/api/v2/conversations/${call.conversationId}`,
          token,
          participantId: call.customerId,
          name: 'PollProbe',
          value: `poll ${run}`,
          intervalMs: pollIntervalMs,
          offsetMs,
        }),
      )
    }
    const write = summarize(widget.map((trial) => trial.write))
    return {
      widgetMs: summarize(widget.map((trial) => trial.latency)),
      writeRoundTripMs: write,
      pollingMs: summarize(polling),
      pollIntervalMs,
      pollingExpectedMs: pollIntervalMs / 2 + write.median,
    }
  } finally {
    await page.close()
  }
}
