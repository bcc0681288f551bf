import { describe, expect, it } from 'vitest'
import { exitCodeFor, formatReport } from '../../cli/enrich-report.ts'
import { runEnrichment, type EnrichDeps, type EnrichRequest } from '../../cli/enrich-run.ts'
import { createAttributeMap, type AttributeMap } from '../../src/genesys/attribute-map.ts'
import { GenesysApiError } from '../../src/genesys/errors.ts'
import type { Conversation } from '../../src/genesys/schemas.ts'

/*
 * The read-check-write-verify cycle with a scripted server, for the cases the emulator cannot stage on demand:
 * a write that lands although its answer was lost, and a value overwritten right after ours was accepted.
 */

const map = (entries: Record<string, string>) => createAttributeMap(Object.entries(entries))

function scriptedServer(initial: Record<string, string>) {
  let attributes: AttributeMap = map(initial)
  const patches: AttributeMap[] = []
  const server = {
    patches,
    /** What happens on each PATCH, in order; default: apply and answer 202. */
    onPatch: [] as Array<(patch: AttributeMap) => void>,
    /** Applied on each read after the PATCH, e.g. a flow overwriting. */
    afterReads: [] as Array<() => void>,
    set(next: Record<string, string>) {
      attributes = map({ ...attributes, ...next })
    },
  }
  const conversation = (): Conversation => ({
    id: 'c1',
    participants: [{ id: 'p1', purpose: 'customer', attributes }],
  })
  const client: EnrichDeps['client'] = {
    getConversation: () => {
      server.afterReads.shift()?.()
      return Promise.resolve(conversation())
    },
    patchParticipantAttributes: (_c, _p, patch) => {
      patches.push(patch)
      const behaviour = server.onPatch.shift()
      if (behaviour) {
        behaviour(patch)
        return Promise.resolve()
      }
      server.set({ ...patch })
      return Promise.resolve()
    },
  }
  return { server, client }
}

const request = (overrides: Partial<EnrichRequest> = {}): EnrichRequest => ({
  conversationId: 'c1',
  participant: { by: 'purpose', purpose: 'customer' },
  desired: map({ Tier: 'Platinum' }),
  expectations: new Map(),
  dryRun: false,
  maxWaitSeconds: 60,
  verifyTimeoutMs: 2_000,
  skipVerify: false,
  ...overrides,
})

function deps(client: EnrichDeps['client']) {
  let clock = 0
  const progress: string[] = []
  const value: EnrichDeps = {
    client,
    sleep: (ms) => ((clock += ms), Promise.resolve()),
    now: () => clock,
    progress: (line) => progress.push(line),
  }
  return { deps: value, progress }
}

const serverError = () =>
  new GenesysApiError({ kind: 'server', method: 'PATCH', path: '/x', status: 502, contextId: 'ctx-502' })

describe('runEnrichment', () => {
  it('after an ambiguous failure whose write had landed, re-reads and does not send again', async () => {
    const { server, client } = scriptedServer({ Tier: 'Gold' })
    server.onPatch.push((patch) => {
      server.set({ ...patch })
      throw serverError()
    })
    const d = deps(client)
    const result = await runEnrichment(request({ expectations: new Map([['Tier', 'Gold']]) }), d.deps)
    expect(result).toMatchObject({ outcome: 'written', verified: true, patchesSent: 1 })
    expect(d.progress[0]).toContain('may or may not have landed (server 502), contextId ctx-502')
  })

  it('reports superseded when another writer changes the name after our write was accepted', async () => {
    const { server, client } = scriptedServer({ Tier: 'Gold' })
    server.onPatch.push(() => undefined) // accepted, applied later...
    server.afterReads.push(() => undefined) // the first read (before the PATCH)
    server.afterReads.push(() => server.set({ Tier: 'Silver' })) // ...but a flow's end-of-flow write wins
    const result = await runEnrichment(request(), deps(client).deps)
    expect(result).toMatchObject({
      outcome: 'superseded',
      conflicts: [{ name: 'Tier', expected: 'Platinum', actual: 'Silver' }],
    })
  })

  it('gives up verifying after the bounded wait, saying the write was accepted', async () => {
    const { server, client } = scriptedServer({ Tier: 'Gold' })
    server.onPatch.push(() => undefined) // never applied
    const result = await runEnrichment(request(), deps(client).deps)
    expect(result.outcome).toBe('failed')
    expect(result.message).toContain('accepted (202) but was not visible after 2 s')
    expect(result.patchesSent).toBe(1)
  })

  it('bounds the write cycles when every write fails ambiguously', async () => {
    const { server, client } = scriptedServer({ Tier: 'Gold' })
    for (let i = 0; i < 10; i += 1) {
      server.onPatch.push(() => {
        throw serverError()
      })
    }
    const result = await runEnrichment(request(), deps(client).deps)
    expect(result).toMatchObject({
      outcome: 'failed',
      patchesSent: 4,
      error: { kind: 'server', contextId: 'ctx-502' },
    })
  })

  it('a validation refusal (400) is not retried and carries the server message', async () => {
    const { server, client } = scriptedServer({})
    server.onPatch.push(() => {
      throw new GenesysApiError({
        kind: 'bad-request',
        method: 'PATCH',
        path: '/x',
        status: 400,
        messageFromServer: 'value too long',
      })
    })
    const result = await runEnrichment(request(), deps(client).deps)
    expect(result).toMatchObject({ outcome: 'failed', patchesSent: 1 })
    expect(result.message).toContain('value too long')
  })

  describe('a retry after a write whose answer was lost never clobbers what someone wrote meanwhile', () => {
    /** The PATCH lands, its answer is a 502; during the backoff an IVR writes `ivr`. */
    function landedThen502(initial: Record<string, string>, ivr: Record<string, string>, land = true) {
      const scripted = scriptedServer(initial)
      scripted.server.onPatch.push((patch) => {
        if (land) scripted.server.set({ ...patch })
        throw serverError()
      })
      const d = deps(scripted.client)
      const sleep = d.deps.sleep
      d.deps.sleep = async (ms) => {
        scripted.server.set(ivr)
        await sleep(ms)
      }
      return { ...scripted, ...d }
    }

    it('sees its first write landed and keeps the IVR value: superseded, one PATCH', async () => {
      const run = landedThen502({ Tier: 'Gold' }, { Tier: 'Silver-from-IVR' })
      const result = await runEnrichment(
        request({ desired: map({ Tier: 'Platinum', 'CRM.Id': '42' }) }),
        run.deps,
      )
      expect(result).toMatchObject({
        outcome: 'superseded',
        patchesSent: 1,
        conflicts: [{ name: 'Tier', expected: 'Gold', actual: 'Silver-from-IVR' }],
      })
      expect(result.message).toContain('the first write landed')
      expect(run.server.patches).toHaveLength(1)
    })

    it('with --expect it says the first write landed, never "nothing was written"', async () => {
      const run = landedThen502({ Tier: 'Gold' }, { Tier: 'Silver-from-IVR' })
      const result = await runEnrichment(
        request({
          desired: map({ Tier: 'Platinum', 'CRM.Id': '42' }),
          expectations: new Map([['Tier', 'Gold']]),
        }),
        run.deps,
      )
      expect(result.outcome).toBe('superseded')
      expect(exitCodeFor(result.outcome)).toBe(2)
      const report = formatReport(result, 'test').out.join('\n')
      expect(report).not.toContain('nothing was written')
      expect(report).toContain('the first write landed')
      expect(run.server.patches).toHaveLength(1)
    })

    it('when it cannot tell whether the first write landed, it stops and says so (exit 2)', async () => {
      const run = landedThen502({ Tier: 'Gold' }, { Tier: 'Silver-from-IVR' }, false)
      const result = await runEnrichment(request(), run.deps)
      expect(result.outcome).toBe('stopped')
      expect(exitCodeFor(result.outcome)).toBe(2)
      expect(result.message).toContain('may have landed')
      expect(run.server.patches).toHaveLength(1)
    })

    it('an IVR write to a name it does not write does not stop the retry of its own names', async () => {
      const run = landedThen502({ Tier: 'Gold' }, { Intent: 'Billing' }, false)
      const result = await runEnrichment(request(), run.deps)
      expect(result).toMatchObject({ outcome: 'written', verified: true, patchesSent: 2 })
    })
  })
})
