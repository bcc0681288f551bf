import { AuthFlowError } from '../model/auth-failure.ts'

/**
 * The one piece of sign-in that stays in the entry chunk (decision 0031): browsers allow a popup only while the
 * click's user activation lasts, so the window opens here, synchronously, before the grant's code has arrived.
 * The grant then steers the window it is handed (drivers/popup-window.ts waits for the answer).
 */
export const popupWindowName = 'pdw-genesys-sign-in'
/** The login host's pages in a window of their own: sign-in here, and the logout that Sign out opens in a frame. */
export const loginPopupFeatures = 'popup,width=520,height=680'

export function openSignInPopup(): Window {
  const popup = window.open('about:blank', popupWindowName, loginPopupFeatures)
  if (!popup) throw new AuthFlowError('popup-blocked')
  return popup
}
