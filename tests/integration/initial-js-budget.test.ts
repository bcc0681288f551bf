import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, expect, it } from 'vitest'
import { measureBuiltWidget } from '../../bench/lib/bundle.ts'

/*
 * Issue 6 and issue 14: the gzip (level 9) JavaScript before the widget can show anything: the entry chunk plus
 * every chunk index.html preloads with it (the bundler can move shared code out of the entry into a preloaded
 * chunk, which must not count as a saving; decision 0009). The bench reports the composition.
 *
 * The target is 120,000 B and is NOT met: the grid, six languages' loader and the desktop SDK seam took the entry
 * to 134,872 B (2026-12-02; react-dom alone is about 60 KB of it). Until the work in decision 0019 lands, this is a
 * ratchet at the measured figure plus build noise, so nothing grows unnoticed; lower it with every saving. Raised
 * once, on purpose, by 1.6 KB to 137,500 B (2026-12-02, 137,095 B measured): the early conversation read
 * (693 B of its own, ~440 B to take its answer; decision 0030) saves a whole round trip before the attributes show,
 * and the 360 px tab and filter fixes cost ~300 B. Lowered to 136,300 B (2026-12-02, 136,037 B measured against
 * 137,094 B): the grant drivers are a chunk of their own, fetched when a sign-in is likely or the page is idle
 * (decision 0031). Raised on purpose by 1.15 KB to 137,450 B (2026-12-02, 137,180 B measured): staged edits that
 * know their owner and the sign-out that ends the Genesys login session (decision 0032) fix two security defects,
 * and both must be in the entry (the store is, and the logout popup opens in the Sign out click). Raised by 650 B to
 * 138,100 B (2026-12-02, 137,833 B measured) with the other fixes of the same outside test, each on the commit path
 * or its messages: a commit sends only what was committed (D3), the offline note and badge (D7), replaced notices
 * and lost-answer failures that follow the server (D5, D6). Raised by 600 B to 138,700 B (2026-12-02, 138,426 B
 * measured) for a second outside test and a CI failure: the users/me warning that says why Commit waits, tab
 * badges that count as the toolbar does, the quiet first 1.5 s of a re-authentication (no 67 px jump under the
 * pointer), and the hold that keeps the renewal redirect from throwing away text being typed; then by 300 B to
 * 139,000 B (138,719 B measured) for the rest of that outside test: "Not sent: … changed after you pressed
 * Commit" (D7), "Not confirmed" on rows and tabs (D2), and the sign-out that revokes its token and ends the other
 * tabs' (D8); then by 700 B to 139,700 B (139,457 B measured) for the panel's side of D9 and D10: names the server
 * refuses are read-only with their reason, and values a live event could not read are said on screen (decisions
 * 0034, 0035); then by 600 B to 140,300 B (2026-12-03, 140,061 B measured): a tab scrolled out of the strip that
 * holds edits is said beside it (a four-leg call hides the Agent tab even at 1,280 px), and a refusal for a
 * participant over the attribute limit says why no change can be saved (D11). The design card's libraries alone
 * are 85,545 B (bench).
 */
const budget = 140_300
const outDir = mkdtempSync(join(tmpdir(), 'initial-js-budget-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

it(
  'keeps the initial JavaScript within the ratchet (140,300 B gzip; target 120,000 B)',
  { timeout: 120_000 },
  async () => {
    // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: React's development build would be weighed.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
    const { chunks, initialJs } = measureBuiltWidget(outDir)
    const initial = chunks.filter((chunk) => chunk.initial && chunk.kind === 'js')
    expect(
      initialJs.gzip,
      `initial JavaScript: ${initial.map((chunk) => `${chunk.file} ${chunk.gzip} B`).join(', ')}`,
    ).toBeLessThanOrEqual(budget)
  },
)
