import { SEED } from '../../emulator/seed.ts'
import { figureOf, repeat, type Figure } from '../lib/stats.ts'
import type { BenchStack } from '../lib/stack.ts'
import { loadAndMeasure, type LoadMeasurement } from '../lib/widget-page.ts'

export interface LoadPathMode {
  mode: 'embedded' | 'discovered'
  paintedMs: Figure
  renderMs: Figure
  requestsBeforeVisible: Figure
  criticalRoundTrips: Figure
  /**
   * The round trips of the median run, each with the requests in flight alongside it, e.g.
   * ["/api/v2/conversations + /api/v2/users/me", "/api/v2/conversations/{id}"].
   */
  chain: string[]
  before: string[]
  /** The widget's script files fetched before the attributes showed (median run), e.g. assets/index-….js. */
  scripts: string[]
}

export type LoadPathResult = LoadPathMode[]

/** Timing alone cannot tell which of two parallel requests a later one waited for, so each round names them all. */
function describeRounds(measurement: LoadMeasurement): string[] {
  const chain = measurement.criticalChain
  return chain.map((step, index) => {
    const nextStart = chain[index + 1]?.start ?? Number.POSITIVE_INFINITY
    const previousEnd = chain[index - 1]?.end ?? Number.NEGATIVE_INFINITY
    const alongside = measurement.callsBeforeVisible.filter(
      (call) => call !== step && call.start >= previousEnd && call.end <= nextStart && call.start < step.end,
    )
    return describe([step, ...alongside]).join(' + ')
  })
}

const idPattern = /[0-9a-f]{8}-[0-9a-f-]{27}/g
const describe = (calls: LoadMeasurement['criticalChain']) =>
  calls.map((call) => call.path.replace(idPattern, '{id}'))

/**
 * Reloads with a valid session (the token from one real sign-in stays in the tab's sessionStorage), so the figure is
 * the widget's own start-up: config.json, the bundle, then the API. agent2 has exactly one live call, so the
 * embedded (gcConversationId) and the discovered (GET /conversations first) runs show the same conversation.
 */
export async function measureLoadPath(
  stack: BenchStack,
  { runs, warmUp }: { runs: number; warmUp: boolean },
): Promise<LoadPathResult> {
  const page = await stack.signedInPage('agent2@example.com')
  try {
    const urls = {
      embedded: `${stack.widgetOrigin}/?gcConversationId=${SEED.conversations.agent2Call.id}&gcLangTag=en-us`,
      discovered: `${stack.widgetOrigin}/?gcLangTag=en-us`,
    }
    // One warm-up load each: the first load after sign-in also fills the HTTP cache, as any later widget start has.
    if (warmUp) for (const url of Object.values(urls)) await loadAndMeasure(page, url, stack.emulator.origin)
    const samples = { embedded: [] as LoadMeasurement[], discovered: [] as LoadMeasurement[] }
    await repeat(runs, async () => {
      samples.embedded.push(await loadAndMeasure(page, urls.embedded, stack.emulator.origin))
      samples.discovered.push(await loadAndMeasure(page, urls.discovered, stack.emulator.origin))
    })
    return (['embedded', 'discovered'] as const).map((mode) => {
      const list = samples[mode]
      const painted = figureOf(list, (m) => m.paintedMs)
      const median = [...list].sort((a, b) => a.paintedMs - b.paintedMs)[Math.floor(list.length / 2)]
      return {
        mode,
        paintedMs: painted,
        renderMs: figureOf(list, (m) => m.renderMs),
        requestsBeforeVisible: figureOf(list, (m) => m.callsBeforeVisible.length),
        criticalRoundTrips: figureOf(list, (m) => m.criticalChain.length),
        chain: median ? describeRounds(median) : [],
        before: median ? describe(median.callsBeforeVisible) : [],
        scripts: median ? [...new Set(median.scriptsBeforeVisible)].sort() : [],
      }
    })
  } finally {
    await page.close()
  }
}
