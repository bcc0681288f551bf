/**
 * Security headers for every server that hands out the widget: the emulator's static hosting, `vite preview`, and
 * (documented in docs/HOSTING.md) production. The Content-Security-Policy allows no inline script; connections go
 * only to Genesys Cloud API and notification hosts, and in local modes to loopback for the emulator.
 */
const genesysDomains = [
  'mypurecloud.com',
  'mypurecloud.ie',
  'mypurecloud.com.au',
  'mypurecloud.jp',
  'mypurecloud.de',
  'pure.cloud',
  'us-gov-pure.cloud',
  'eusc-pure.cloud',
]

export function contentSecurityPolicy({ mode }: { mode: 'production' | 'preview' | 'dev' }): string {
  const genesysConnect = genesysDomains.flatMap((domain) => [`https://*.${domain}`, `wss://*.${domain}`])
  const loopback =
    mode === 'production'
      ? []
      : ['http://127.0.0.1:*', 'ws://127.0.0.1:*', 'http://localhost:*', 'ws://localhost:*']
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': mode === 'dev' ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...genesysConnect, ...loopback],
    // Genesys Cloud frames the widget as an Interaction Widget; anyone else may not.
    'frame-ancestors': [
      "'self'",
      ...genesysDomains.map((domain) => `https://*.${domain}`),
      ...loopback.filter((s) => s.startsWith('http')),
    ],
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

export function securityHeaders({
  mode,
}: {
  mode: 'production' | 'preview' | 'dev'
}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ mode }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // No Cross-Origin-Opener-Policy: the sign-in popup comes back to this same page and must still reach the widget
    // that opened it, which inside Genesys Cloud is a frame of another site; any COOP but unsafe-none cuts that tie.
    'Cross-Origin-Opener-Policy': 'unsafe-none',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}
