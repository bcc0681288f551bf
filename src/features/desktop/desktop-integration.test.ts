import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAttributeMap } from '../../genesys/attribute-map.ts'
import { genesysKeys } from '../../genesys/query-keys.ts'
import type { Conversation } from '../../genesys/schemas.ts'
import { createStagedEditsStore, participantEditsKey } from '../attributes/store/staged-edits-store.ts'
import { createDesktopHost } from './desktop-host.ts'
import { startDesktopIntegration } from './desktop-integration.ts'

/*
 * The real Client App SDK against a fake desktop: the widget's window gets a parent (another window) whose
 * postMessage records what the SDK sends, and the "desktop" answers with the SDK's own lifecycle message.
 */
const hostOrigin = 'https://apps.mypurecloud.ie'
const conversationId = 'c0ffee00-0000-4000-8000-000000000001'
const participantId = 'customer-leg'
const conversation = (intent: string): Conversation => ({
  id: conversationId,
  participants: [
    { id: participantId, purpose: 'customer', attributes: createAttributeMap([['Intent', intent]]) },
  ],
})

let desktop: Window
let sent: Array<Record<string, unknown>>

beforeEach(() => {
  window.history.replaceState(
    null,
    '',
    `/?gcHostOrigin=${encodeURIComponent(hostOrigin)}&gcTargetEnv=prod-euw1`,
  )
  const frame = document.createElement('iframe')
  document.body.append(frame)
  if (!frame.contentWindow) throw new Error('no frame window')
  desktop = frame.contentWindow
  sent = []
  vi.spyOn(desktop, 'postMessage').mockImplementation((message: unknown, origin?: unknown) => {
    if (origin === hostOrigin) sent.push(message as Record<string, unknown>)
  })
  Object.defineProperty(window, 'parent', { value: desktop, configurable: true })
})

afterEach(() => {
  Object.defineProperty(window, 'parent', { value: window, configurable: true })
  window.history.replaceState(null, '', '/')
})

function setUp() {
  const editsStore = createStagedEditsStore({ storage: () => undefined })
  const queryClient = new QueryClient()
  queryClient.setQueryData(genesysKeys.conversation(conversationId), conversation('Billing'))
  const stop = startDesktopIntegration({ language: 'en', editsStore, queryClient })
  const stage = (name: string, value: string) =>
    editsStore.getState().dispatch(participantEditsKey(conversationId, participantId), {
      type: 'stage',
      name,
      value,
      server: conversation('Billing').participants[0]?.attributes ?? createAttributeMap(),
      at: Date.now(),
    })
  return { editsStore, queryClient, stop, stage }
}

const toasts = () => sent.filter((message) => message.action === 'showToast')

describe('the desktop integration, through the real SDK', () => {
  it('sets the attention count to the number of unsaved edits', () => {
    const { stage, stop } = setUp()
    stage('Intent', 'Cancellation')
    stage('CaseId', 'C-1')
    expect(sent.filter((message) => message.action === 'setAttentionCount').map((m) => m.count)).toEqual([
      1, 2,
    ])
    expect(sent[0]).toMatchObject({ protocol: 'purecloud-client-apps' })
    stop()
  })

  it('shows a plain-text toast when a flow changes a value the agent has staged', () => {
    const { stage, queryClient, stop } = setUp()
    stage('Intent', 'Cancellation')
    queryClient.setQueryData(genesysKeys.conversation(conversationId), conversation('*Retention*'))
    expect(toasts()).toEqual([
      expect.objectContaining({
        title: 'Participant data',
        message:
          '“Intent” was changed by a flow or another user while you had a change staged. Open the panel to choose which value to keep.',
        type: 'info',
        markdownMessage: false,
      }),
    ])
    stop()
  })

  it('on the lifecycle stop with unsaved edits, toasts and then reports stopped', () => {
    const { stage, stop } = setUp()
    stage('Intent', 'Cancellation')
    window.dispatchEvent(
      new MessageEvent('message', {
        source: desktop,
        origin: hostOrigin,
        data: { purecloudEventType: 'appLifecycleHook', hook: 'stop', protocol: 'purecloud-client-apps' },
      }),
    )
    expect(toasts().map((toast) => toast.message)).toEqual([
      '1 change to participant data is not committed yet. Open this interaction again to review and commit it.',
    ])
    expect(sent.at(-1)).toMatchObject({ action: 'stopped' })
    stop()
  })

  it('is not built, and says why, when the launch has no Genesys host', () => {
    window.history.replaceState(null, '', '/')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(createDesktopHost()).toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Not talking to the Genesys desktop/))
  })
})
