import { describe, expect, it, vi } from 'vitest'
import { AuthFlowError, failureFromException } from '../model/auth-failure.ts'
import type { LoadedGrantDriver } from './grant-driver.ts'
import { createOnDemandDriver } from './on-demand-driver.ts'
import { received } from '../test/test-session.ts'

/** The sign-in chunk, held back until the test lets it arrive (or fail). */
function heldChunk() {
  const grant = {
    redirect: vi.fn<LoadedGrantDriver['redirect']>(() => Promise.resolve()),
    popup: vi.fn<LoadedGrantDriver['popup']>(() => Promise.resolve(received(3600))),
    completeRedirect: vi.fn<LoadedGrantDriver['completeRedirect']>(() => Promise.resolve(received(600))),
    clear: vi.fn<LoadedGrantDriver['clear']>(() => Promise.resolve()),
  }
  const pending: Array<{ arrive: () => void; fail: () => void }> = []
  const load = vi.fn(
    () =>
      new Promise<LoadedGrantDriver>((resolve, reject) => {
        pending.push({
          arrive: () => resolve(grant),
          fail: () => reject(new AuthFlowError('sign-in-unavailable', 'Failed to fetch')),
        })
      }),
  )
  const attempt = (index: number) => {
    const held = pending[index]
    if (!held) throw new Error(`chunk fetch ${index} was never started`)
    return held
  }
  return { grant, load, attempt }
}

function fakePopup() {
  const popup = { closed: false, close: vi.fn(() => (popup.closed = true)) }
  return popup
}

describe('the session’s driver while the grant’s code is a chunk of its own', () => {
  it('opens the popup synchronously in the click, before the chunk has arrived, and hands that window over', async () => {
    const chunk = heldChunk()
    const popup = fakePopup()
    const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window)
    const driver = createOnDemandDriver(chunk.load)

    const result = driver.popup()
    // Still inside the click: the window is open although the chunk is still on its way.
    expect(open).toHaveBeenCalledWith('about:blank', 'pdw-genesys-sign-in', expect.stringContaining('popup'))
    expect(chunk.grant.popup).not.toHaveBeenCalled()

    chunk.attempt(0).arrive()
    await expect(result).resolves.toEqual(received(3600))
    expect(chunk.grant.popup).toHaveBeenCalledWith(popup)
  })

  it('reports a blocked popup at once, without waiting for the chunk', async () => {
    const chunk = heldChunk()
    vi.spyOn(window, 'open').mockReturnValue(null)
    const error = await createOnDemandDriver(chunk.load)
      .popup()
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('popup-blocked')
  })

  it('when the chunk cannot be fetched, closes the empty popup and says so; the next sign-in fetches again', async () => {
    const chunk = heldChunk()
    const popup = fakePopup()
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window)
    const driver = createOnDemandDriver(chunk.load)

    const first = driver.popup().catch((e: unknown) => e)
    chunk.attempt(0).fail()
    expect(failureFromException(await first).kind).toBe('sign-in-unavailable')
    expect(popup.close).toHaveBeenCalled()

    const second = driver.popup()
    expect(chunk.load).toHaveBeenCalledTimes(2)
    chunk.attempt(1).arrive()
    await expect(second).resolves.toEqual(received(3600))
  })

  it('finishes a redirect answer only once the chunk has arrived', async () => {
    const chunk = heldChunk()
    const driver = createOnDemandDriver(chunk.load)
    let settled = false
    const result = driver.completeRedirect('http://localhost/?code=c&state=s').finally(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    expect(chunk.grant.completeRedirect).not.toHaveBeenCalled()

    chunk.attempt(0).arrive()
    await expect(result).resolves.toEqual(received(600))
    expect(chunk.grant.completeRedirect).toHaveBeenCalledWith('http://localhost/?code=c&state=s')
  })

  it('fetches the chunk once for every use, preload included', async () => {
    const chunk = heldChunk()
    const driver = createOnDemandDriver(chunk.load)
    driver.preload()
    const redirect = driver.redirect('carry-1')
    chunk.attempt(0).arrive()
    await redirect
    await driver.clear()
    expect(chunk.load).toHaveBeenCalledTimes(1)
    expect(chunk.grant.redirect).toHaveBeenCalledWith('carry-1')
    expect(chunk.grant.clear).toHaveBeenCalledTimes(1)
  })

  it('signs out even when the chunk cannot be fetched', async () => {
    const chunk = heldChunk()
    const cleared = createOnDemandDriver(chunk.load).clear()
    chunk.attempt(0).fail()
    await expect(cleared).resolves.toBeUndefined()
    expect(chunk.grant.clear).not.toHaveBeenCalled()
  })
})
