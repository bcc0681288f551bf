import type { Theme } from '../config/runtime-config-schema.ts'

/**
 * Genesys passes no theme variable to Interaction Widgets, so the widget follows `prefers-color-scheme` unless the
 * URL asks for one (`theme=light|dark`, set by whoever embeds it).
 */
export type ThemePreference = Theme

const darkQuery = '(prefers-color-scheme: dark)'
// One listener per page, replaced when the preference changes (boot applies it twice: URL, then config).
let stopFollowing: (() => void) | undefined

/**
 * Sets data-theme (the asked-for preference) and flare-mode (what Spark's Flare tokens switch on: they have no
 * `prefers-color-scheme` rule of their own), following the system's scheme while the preference is 'system'.
 */
export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  stopFollowing?.()
  stopFollowing = undefined
  if (preference === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', preference)
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(darkQuery) : undefined
  const setMode = () => {
    const dark = preference === 'dark' || (preference === 'system' && media?.matches === true)
    root.setAttribute('flare-mode', dark ? 'dark' : 'light')
  }
  setMode()
  if (preference === 'system' && media) {
    media.addEventListener('change', setMode)
    stopFollowing = () => media.removeEventListener('change', setMode)
  }
}
