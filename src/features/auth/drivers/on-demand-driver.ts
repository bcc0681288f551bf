import type { GrantDriver, LoadedGrantDriver } from './grant-driver.ts'
import { openSignInPopup } from './sign-in-popup.ts'

export interface OnDemandDriver extends GrantDriver {
  /** Starts fetching the grant's code without using it, when a sign-in is likely; a failure shows on use. */
  preload: () => void
}

/**
 * The session's driver (decision 0031). The grant's code is a chunk of its own that may still be on its way when
 * the user clicks, so the popup opens here, synchronously in the click, and the grant gets the open window once
 * its code is there. Redirect, callback and clear are async anyway and wait for the code. `load` rejects with
 * AuthFlowError('sign-in-unavailable') when the code cannot be fetched (load-sign-in-code.ts); the next use
 * fetches again.
 */
export function createOnDemandDriver(load: () => Promise<LoadedGrantDriver>): OnDemandDriver {
  let loading: Promise<LoadedGrantDriver> | undefined
  const grant = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
  return {
    preload: () => void grant().catch(() => undefined),
    popup() {
      let popup: Window
      try {
        popup = openSignInPopup() // before any await: the click's user activation does not outlast it
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
      return grant().then(
        (loaded) => loaded.popup(popup),
        (error: unknown) => {
          popup.close() // an empty window would only hide the message that says why
          throw error
        },
      )
    },
    redirect: async (carryId) => (await grant()).redirect(carryId),
    completeRedirect: async (href) => (await grant()).completeRedirect(href),
    async clear() {
      let loaded: LoadedGrantDriver
      try {
        loaded = await grant()
      } catch {
        // Signing out must not fail for want of a chunk: the token is gone already. What a grant keeps is the state
        // of sign-ins that never finished, in this tab's sessionStorage: of no use without the login page's answer
        // to this tab, and a later sign-out clears it.
        return
      }
      await loaded.clear()
    },
  }
}
