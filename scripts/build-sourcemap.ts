/**
 * Whether `vite build` writes source maps. They publish the widget's whole source next to the app, so a
 * production build has none unless the admin asks: `WIDGET_SOURCEMAP=1` (maps, referenced from each chunk) or
 * `WIDGET_SOURCEMAP=hidden` (maps written but not referenced, for an error tracker; do not deploy them).
 * Anything else stops the build with a message rather than guessing (docs/HOSTING.md).
 */
export function sourcemapFromEnv(value: string | undefined): boolean | 'hidden' {
  if (value === undefined || value === '' || value === '0') return false
  if (value === '1') return true
  if (value === 'hidden') return 'hidden'
  throw new Error(`WIDGET_SOURCEMAP must be 1, hidden or unset (no source maps), not "${value}".`)
}
