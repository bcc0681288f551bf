import type { SlowNetworkPage, SlowNetworkResult } from '../scenarios/slow-network.ts'

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Section 7 of docs/PERFORMANCE.md: the slow-network start against its physical limit. */
export function slowNetworkSection(result: SlowNetworkResult): string[] {
  const { link } = result
  const row = (label: string, page: SlowNetworkPage) => [
    label,
    `${ms(page.paintedMs.median)} (${ms(page.paintedMs.min)}–${ms(page.paintedMs.max)}, ${page.paintedMs.runs} runs)`,
    page.chain === 'early-read' ? 'HTML → early read beside the scripts' : 'HTML → scripts → API',
    ms(page.limitMs),
    `${page.ratio.toFixed(2)}×`,
    // Older results have no sequential figure: their limit was that one.
    `${ms(page.sequentialLimitMs ?? page.limitMs)} (${(page.paintedMs.median / (page.sequentialLimitMs ?? page.limitMs)).toFixed(2)}×)`,
    `${kib(page.bytes.html)} · ${kib(page.bytes.parallel)}`,
  ]
  const rows = [row('this widget', result.widget), ...(result.sdk ? [row('SDK equivalent', result.sdk)] : [])]
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    '## 7. Slow network',
    `Navigation to the attributes painted, production build against the emulator, with Chromium's network emulation at ${link.rttMs} ms round trip and ${(link.bitsPerSecond / 1_000_000).toFixed(1)} Mbit/s and a cold cache (every run; CDP \`Network.emulateNetworkConditions\`, \`Network.setCacheDisabled\`), signed in already (token in the tab). ` +
      `The limit is the same bytes and round trips at the speed of light: HTML → scripts, stylesheet and config.json in parallel → one API read → paint, that is 3 × ${link.rttMs} ms plus every byte once through the link. ` +
      `Since decision 0030 the widget's HTML starts the conversation read itself (a 1 KB script beside the others), so its chain is HTML → the scripts, with HTML → early script → API beside them: its limit is ${link.rttMs} ms + the longer of ${link.rttMs} ms plus the bytes and 2 × ${link.rttMs} ms, and the ratio is judged against that, the stricter floor; the three-round-trip limit is shown beside it. ` +
      `API bytes are not in it: the API is another origin and sends no Timing-Allow-Origin, so the browser reports them as 0 (a conversation of this size is a few KB, about 15 ms here). The goal is at most 1.1× the limit. ` +
      'The SDK equivalent (`bench/baselines/sdk-page.ts`) loads `purecloud-platform-client-v2`’s browser bundle and reads the same conversation; it has no config.json, sign-in code or stylesheet.',
    [
      line([
        'page',
        'painted (median, min–max)',
        'chain',
        'physical limit (its chain)',
        'ratio',
        'three-round-trip limit (ratio)',
        'bytes: HTML · scripts, CSS, config',
      ]),
      line(['---', '---', '---', '---', '---', '---', '---']),
      ...rows.map(line),
    ].join('\n'),
  ]
}
