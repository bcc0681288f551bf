import { pathToFileURL } from 'node:url'
import { startEmulator } from '../../emulator/server.ts'
import { admin, userToken } from '../../emulator/test-support/http-client.ts'
import { runBulkCorrection, type BulkRunFigures } from '../lib/bulk-run.ts'

/*
 * Bulk correction of 60 and 600 conversations (issue 17): the widget's runner, planner and token bucket against the
 * emulator, on an accelerated clock. Measured: requests made (dry run + run), PATCHes, the virtual time the
 * 300-per-minute budget and the read-back delays impose (network latency counts as zero), and the floor, requests
 * needed ÷ 300 per minute. The emulator's own limit is lifted because its window runs on real time.
 */

export async function measureBulkFix(sizes: readonly number[]): Promise<BulkRunFigures[]> {
  const emu = await startEmulator({
    port: 0,
    settings: { writeDelayMs: 0, heartbeatIntervalMs: 60_000, rateLimitPerMinute: 1_000_000 },
  })
  try {
    const figures: BulkRunFigures[] = []
    for (const size of sizes) {
      await admin(emu.origin, '/reset')
      const token = await userToken(emu.origin, 'supervisor')
      const ids: string[] = []
      for (let i = 0; i < size; i += 1) {
        const answer = await admin(emu.origin, '/conversations', {
          participants: [
            { purpose: 'customer', name: `Caller ${i}`, attributes: { IntentDetected: 'Misrouted' } },
          ],
        })
        ids.push(((await answer.json()) as { id: string }).id)
      }
      const {
        journal: _journal,
        requestTimes: _times,
        ...result
      } = await runBulkCorrection({
        origin: emu.origin,
        token,
        conversationIds: ids,
        values: { IntentDetected: 'BillingDispute' },
      })
      figures.push(result)
    }
    return figures
  } finally {
    await emu.close()
  }
}

export function formatBulkFix(figures: readonly BulkRunFigures[]): string {
  const lines = [
    '| conversations | requests | PATCHes | time (virtual) | floor (requests ÷ 300/min) | time ÷ floor | busiest minute | outcome |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...figures.map(
      (f) =>
        `| ${f.conversations} | ${f.requests} | ${f.patches} | ${f.simulatedSeconds.toFixed(1)} s | ${f.floorSeconds.toFixed(1)} s | ${(f.simulatedSeconds / f.floorSeconds).toFixed(2)} | ${f.busiestMinute} | ${Object.entries(
          f.statuses,
        )
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')} |`,
    ),
  ]
  return lines.join('\n')
}

export async function runBulkFixBench(quick: boolean): Promise<BulkRunFigures[]> {
  const figures = await measureBulkFix(quick ? [60] : [60, 600])
  console.log(formatBulkFix(figures))
  console.log(`\n${JSON.stringify(figures)}`)
  return figures
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runAsScript) await runBulkFixBench(process.argv.includes('--quick'))
