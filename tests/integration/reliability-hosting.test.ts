import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '../../scripts/security-headers.ts'

/** docs/HOSTING.md gives admins the production headers: it must say exactly what the project tests with. */
describe('docs/HOSTING.md and scripts/security-headers.ts agree', () => {
  const hosting = readFileSync('docs/HOSTING.md', 'utf8')
  const production = securityHeaders({ mode: 'production' })

  it('quotes the production Content-Security-Policy verbatim, with no inline script and no loopback', () => {
    const csp = contentSecurityPolicy({ mode: 'production' })
    expect(hosting).toContain(csp)
    expect(csp).not.toMatch(/unsafe-inline[^;]*;\s*style-src|script-src[^;]*unsafe-(inline|eval)/)
    expect(csp).not.toMatch(/127\.0\.0\.1|localhost/)
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/\*\.mypurecloud\.com/)
  })

  it.each(['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy'] as const)(
    'gives %s with the value the servers send',
    (header) => {
      expect(production[header]).toBeDefined()
      const row = hosting.split('\n').find((line) => line.startsWith(`| \`${header}\``))
      expect(row?.split('|').map((cell) => cell.trim())[2]).toBe(`\`${production[header]}\``)
    },
  )

  it('sends Referrer-Policy no-referrer in every mode', () => {
    for (const mode of ['production', 'preview', 'dev'] as const)
      expect(securityHeaders({ mode })['Referrer-Policy']).toBe('no-referrer')
  })
})
