import type { Theme } from '../config/runtime-config-schema.ts'

/**
 * Genesys passes no theme variable to Interaction Widgets, so the widget follows `prefers-color-scheme` unless the
 * URL asks for one (`theme=light|dark`, set by whoever embeds it).
 */
export type ThemePreference = Theme

export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  if (preference === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', preference)
}
