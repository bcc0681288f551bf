import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { emulatorReliabilityAdmin, type EmulatorAdmin } from './support/emulator-admin.ts'
import { endCreatedConversations, reliabilityAdmin } from './support/reliability-admin.ts'
import { failureSummary, recordReliability } from './support/reliability-record.ts'
import { reliabilityEditor, type ReliabilityEditor } from './support/reliability-editor.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

test.afterEach(({ request }) => endCreatedConversations(request))

/*
 * Issue 5, point 1: the fault matrix. Every row is its own test: one fault, hit either during a commit or while
 * the agent is idle with staged edits. Each row ends the same way: the user was told, the staged edits are intact,
 * no write went out twice, the server holds exactly what was committed, and the widget recovered without a reload.
 */

const patchPath = '/api/v2/conversations/*/participants/*/attributes'
const ivrAttributes = { CustomerName: 'Maria Schneider', LoyaltyTier: 'Gold', AgentNotes: 'Call back at 5' }
const edits = { LoyaltyTier: 'Platinum', CaseId: 'C-20391' }
const flowWrite = { IntentDetected: 'Cancellation' }

type Phase = 'commit' | 'idle'
/** `send-again`: the write may have landed, so it stays sent; only the user's "Send again" sends it once more. */
type Recovery = 'send-again' | 'commit-again' | 'automatic' | 'sign-in-kept-edits'

interface Ctx {
  page: Page
  request: APIRequestContext
  admin: EmulatorAdmin
}

interface FaultRow {
  fault: string
  /** Puts the fault in place. For the commit phase it must hit the PATCH; for idle, the next background request. */
  inject: (ctx: Ctx, phase: Phase) => Promise<void>
  /** What the user must be told, by phase. */
  told: Record<Phase, RegExp>
  /** How the user gets their edits to the server after the commit-phase fault. */
  recovery: Recovery
  /** Socket faults need no outage trigger; HTTP faults while idle are reached by a reconnect. */
  socket?: boolean
  /** A 403 on the channel is permanent: live updates stay off and the widget polls instead. */
  idleEndsPolling?: boolean
  /** Rows that are not a fault of one request (a slow write) bring their own scenario. */
  slowWrite?: boolean
}

const httpFault =
  (fault: Record<string, unknown>, times = 1, commitTimes = 1) =>
  async (ctx: Ctx, phase: Phase) => {
    if (phase === 'commit')
      await ctx.admin.fault({ target: 'http', method: 'PATCH', path: patchPath, times: commitTimes, fault })
    else await ctx.admin.fault({ target: 'http', method: '*', path: '/api/v2/**', times, fault })
  }
const status = (code: number, idleTimes = 3) => httpFault({ type: 'status', status: code }, idleTimes)
const socketFault = (action: 'drop' | 'closing' | 'expire') => async (ctx: Ctx) => {
  await ctx.admin.fault({ target: 'socket', action })
}

const liveTrouble = /Reconnecting…|Live updates paused|Connecting…/
const uncertain = /may or may not have been saved/
const rows: FaultRow[] = [
  {
    fault: '401 revoked token',
    inject: async (ctx) => emulatorReliabilityAdmin(ctx.request).revokeTokens('agent@example.com'),
    // The commit's first request is now the read before sending: it meets the 401, nothing is sent, the widget
    // signs in again (silently while the login session lives) and the edits come back staged.
    told: {
      commit: /commit was interrupted|Sign in again|sign-in has expired|^2 staged changes$/,
      idle: liveTrouble,
    },
    recovery: 'sign-in-kept-edits',
  },
  {
    fault: '403 forbidden',
    // Once: a 403 on the channel is taken as final, and the polling that replaces live updates must then work.
    inject: status(403, 1),
    told: { commit: /do not have permission.*Your changes are kept/, idle: liveTrouble },
    recovery: 'commit-again',
    idleEndsPolling: true,
  },
  {
    fault: '404 conversation gone',
    inject: status(404),
    told: { commit: /no longer exists.*Your changes are kept/, idle: liveTrouble },
    recovery: 'commit-again',
  },
  {
    fault: '409 conflict',
    inject: status(409),
    told: { commit: /refused the change.*Your changes are kept/, idle: liveTrouble },
    recovery: 'commit-again',
  },
  {
    fault: '429 Retry-After hidden by CORS',
    inject: httpFault(
      {
        type: 'status',
        status: 429,
        headers: { 'Retry-After': '2' },
        body: {
          message: 'Rate limit exceeded the maximum. Retry the request in [2] seconds',
          code: 'too.many.requests.retry.after',
          status: 429,
        },
      },
      3,
    ),
    told: { commit: /rate-limiting this app.*retrying in [12] s/, idle: liveTrouble },
    recovery: 'automatic',
  },
  {
    fault: '500',
    inject: status(500),
    told: { commit: uncertain, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: '502',
    inject: status(502),
    told: { commit: uncertain, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: '503',
    inject: status(503),
    told: { commit: uncertain, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: 'network error (connection dropped)',
    // Chromium resends a request by itself when a connection is reset before any answer (2 resets in a row were
    // absorbed in our runs), so the PATCH is dropped five times for the failure to reach the widget.
    inject: httpFault({ type: 'drop' }, 3, 5),
    told: { commit: uncertain, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: 'hanging request',
    inject: httpFault({ type: 'hang' }, 1),
    told: { commit: uncertain, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: 'slow 202 (write lands seconds later)',
    inject: async (ctx) => void (await ctx.admin.settings({ writeDelayMs: 4_000 })),
    told: { commit: /Sent 2 changes\. Waiting for Genesys Cloud to show them/, idle: /Live/ },
    recovery: 'automatic',
    slowWrite: true,
  },
  {
    fault: 'malformed JSON body',
    inject: httpFault({ type: 'malformed-json', status: 202 }, 3),
    told: { commit: /does not show it yet/, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: 'wrong-shape body',
    inject: httpFault({ type: 'wrong-shape', status: 202 }, 3),
    told: { commit: /does not show it yet/, idle: liveTrouble },
    recovery: 'send-again',
  },
  {
    fault: 'notifications socket dropped',
    inject: socketFault('drop'),
    told: { commit: liveTrouble, idle: liveTrouble },
    recovery: 'automatic',
    socket: true,
  },
  {
    fault: 'socket_closing',
    inject: socketFault('closing'),
    told: { commit: /Live/, idle: /Live/ },
    recovery: 'automatic',
    socket: true,
  },
  {
    fault: 'channel expired',
    inject: socketFault('expire'),
    told: { commit: /Live|Reconnecting…|Connecting…/, idle: /Live|Reconnecting…|Connecting…/ },
    recovery: 'automatic',
    socket: true,
  },
]

let outcome: Record<string, unknown> = {}
let defaultWriteDelayMs = 300

test.describe.configure({ mode: 'default' })

test.beforeAll(async ({ request }) => {
  const state = (await reliabilityAdmin(request).state()) as { settings: { writeDelayMs: number } }
  defaultWriteDelayMs = state.settings.writeDelayMs
})

test.afterEach(async ({ request }, testInfo) => {
  const admin = reliabilityAdmin(request)
  await admin.clearFaults()
  await admin.settings({ writeDelayMs: defaultWriteDelayMs })
  const [fault, phase] = [outcome.fault, outcome.phase]
  if (typeof fault === 'string' && typeof phase === 'string') {
    recordReliability('faults', `${fault} / ${phase}`, {
      ...outcome,
      held: testInfo.status === 'passed',
      durationMs: testInfo.duration,
      ...(testInfo.status === 'passed' ? {} : { error: failureSummary(testInfo.error) }),
    })
  }
  outcome = {}
})

async function openSignedIn(ctx: Ctx) {
  const { conversation, customerId } = await ctx.admin.createCall({ customerAttributes: ivrAttributes })
  await ctx.page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(ctx.page)
  const ui = reliabilityEditor(ctx.page)
  await expect(ui.valueOf('CustomerName')).toHaveValue('Maria Schneider')
  await expect(liveBadge(ctx.page)).toHaveText('Live')
  // Every page load from here on is a reload the fault forced (e.g. sign-in again after a 401): counted, not hidden.
  outcome.reloads = 0
  ctx.page.on('load', () => {
    outcome.reloads = Number(outcome.reloads) + 1
  })
  return { conversationId: conversation.id, customerId, ui }
}

const liveBadge = (page: Page) => reliabilityEditor(page).liveBadge

async function stageEdits(ui: ReliabilityEditor) {
  await ui.edit('LoyaltyTier', edits.LoyaltyTier)
  await ui.add('CaseId', edits.CaseId)
  await expect(ui.stagedCount).toHaveText('2 staged changes')
}

async function expectStagedIntact(ui: ReliabilityEditor) {
  await expect(ui.stagedCount).toHaveText('2 staged changes')
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue(edits.LoyaltyTier)
  await expect(ui.valueOf('CaseId')).toHaveValue(edits.CaseId)
}

/** The edits are on screen and kept, whether staged or sent and waiting for the server to show them. */
async function expectValuesKept(ui: ReliabilityEditor) {
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue(edits.LoyaltyTier)
  await expect(ui.valueOf('CaseId')).toHaveValue(edits.CaseId)
}

const apiWrites = async (admin: EmulatorAdmin, conversationId: string, participantId: string) =>
  (await admin.writes(conversationId, participantId)).filter((entry) => entry.source === 'api')

async function recover(page: Page, ui: ReliabilityEditor, recovery: Recovery) {
  if (recovery === 'send-again') {
    // Both edits were in the one PATCH whose answer was lost: one click sends them again, in one PATCH.
    await expect(ui.stagedCount).toHaveText('0 staged changes')
    await page.getByRole('button', { name: 'Send all 2 again' }).click()
  }
  if (recovery === 'commit-again') await ui.commit()
  if (recovery === 'sign-in-kept-edits') {
    // The widget goes back through sign-in (silent while the login session lives) and keeps the edits.
    await expect(ui.stagedCount).toHaveText('2 staged changes', { timeout: 15_000 })
    await expect(liveBadge(page)).toHaveText('Live')
    await ui.commit()
  }
}

async function commitPhase(ctx: Ctx, row: FaultRow) {
  const { conversationId, customerId, ui } = await openSignedIn(ctx)
  await stageEdits(ui)
  if (row.socket) {
    // The write lands seconds later, and the socket that would report it fails meanwhile.
    await ctx.admin.settings({ writeDelayMs: 2_500 })
    await ui.commit()
    await row.inject(ctx, 'commit')
    await expect(liveBadge(ctx.page)).toHaveText(row.told.commit)
    outcome.told = await liveBadge(ctx.page).innerText()
  } else if (row.slowWrite) {
    await row.inject(ctx, 'commit')
    await ui.commit()
    const told = ctx.page.getByText(row.told.commit)
    await expect(told).toBeVisible()
    outcome.told = await told.innerText()
    // Accepted but not yet applied: the server still holds the old values, and nothing is sent again.
    expect(await ctx.admin.attributes(conversationId, customerId)).toEqual(ivrAttributes)
  } else {
    await row.inject(ctx, 'commit')
    await ui.commit()
    // An alert for the commit, or the note on each row (after a round trip through sign-in, or when a write was
    // accepted but never showed up).
    const told = ctx.page
      .getByRole('alert')
      .or(ctx.page.getByRole('status'))
      .or(ctx.page.getByRole('paragraph'))
      .filter({ hasText: row.told.commit })
    await expect(told.first()).toBeVisible({ timeout: 30_000 })
    outcome.told = (await told.first().innerText()).slice(0, 300)
    if (row.recovery === 'send-again') await expectValuesKept(ui)
    else if (row.recovery !== 'sign-in-kept-edits') await expectStagedIntact(ui)
    expect(await apiWrites(ctx.admin, conversationId, customerId)).toHaveLength(0)
    expect(await ctx.admin.attributes(conversationId, customerId)).toEqual(ivrAttributes)
    await ctx.admin.clearFaults()
    await recover(ctx.page, ui, row.recovery)
  }
  await expectLanded(ctx, { conversationId, customerId, ui, extra: {} })
}

async function idlePhase(ctx: Ctx, row: FaultRow) {
  const { conversationId, customerId, ui } = await openSignedIn(ctx)
  await stageEdits(ui)
  if (row.slowWrite) {
    // A flow's write is accepted now and lands seconds later, while the agent has edits staged.
    await emulatorReliabilityAdmin(ctx.request).writeAsFlowLater(conversationId, customerId, flowWrite, 3_000)
    await expect(ui.valueOf('IntentDetected')).toHaveCount(0)
  } else {
    await row.inject(ctx, 'idle')
    // HTTP faults are met by the next background requests: those of the reconnect after a dropped socket.
    if (!row.socket) await ctx.admin.fault({ target: 'socket', action: 'drop' })
    // A flow writes another name while the widget is cut off: it must show up once it recovers.
    await ctx.admin.writeAsFlow(conversationId, customerId, flowWrite)
  }
  await expect(liveBadge(ctx.page)).toHaveText(row.told.idle)
  outcome.told = await liveBadge(ctx.page).innerText()
  await expectStagedIntact(ui)
  expect(await apiWrites(ctx.admin, conversationId, customerId)).toHaveLength(0)
  // Recovery without a reload: live again (or polling, when live updates are refused for good), and the flow's
  // write shows (events missed during the gap are refetched).
  if (row.idleEndsPolling) {
    await expect(ctx.page.getByText(/refreshing every \d+ s/)).toBeVisible()
  } else {
    await expect(liveBadge(ctx.page)).toHaveText('Live', { timeout: 25_000 })
  }
  await expect(ui.valueOf('IntentDetected')).toHaveValue(flowWrite.IntentDetected, { timeout: 20_000 })
  await expectStagedIntact(ui)
  await ui.commit()
  await expectLanded(ctx, { conversationId, customerId, ui, extra: flowWrite })
}

async function expectLanded(
  ctx: Ctx,
  at: { conversationId: string; customerId: string; ui: ReliabilityEditor; extra: Record<string, string> },
) {
  const expected = { ...ivrAttributes, ...at.extra, ...edits }
  await expect
    .poll(() => ctx.admin.attributes(at.conversationId, at.customerId), { timeout: 20_000 })
    .toEqual(expected)
  await expect(at.ui.stagedCount).toHaveText('0 staged changes', { timeout: 20_000 })
  const writes = await apiWrites(ctx.admin, at.conversationId, at.customerId)
  outcome.apiWrites = writes.length
  outcome.editsLost = Object.keys(edits).filter(
    (name) => !writes.some((write) => write.names.includes(name)),
  ).length
  expect(writes).toHaveLength(1)
  expect(writes[0]?.names.sort()).toEqual(Object.keys(edits).sort())
  outcome.serverExact = true
}

for (const row of rows) {
  for (const phase of ['commit', 'idle'] as const) {
    test(`${row.fault} ${phase === 'commit' ? 'during a commit' : 'while idle'}`, async ({
      page,
      request,
    }) => {
      outcome = { fault: row.fault, phase, order: rows.indexOf(row) }
      const ctx = { page, request, admin: reliabilityAdmin(request) }
      if (phase === 'commit') await commitPhase(ctx, row)
      else await idlePhase(ctx, row)
    })
  }
}
