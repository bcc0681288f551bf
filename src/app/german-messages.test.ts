import { describe, expect, it } from 'vitest'
import type { MessageBundle } from '../ui/i18n.tsx'
import { germanTranslations } from './german-messages.ts'

// Every bundle in the app, found by file name, so a feature added later cannot be forgotten here. A bundle of its
// own for a lazily loaded part is named <part>-messages.ts.
const modules = import.meta.glob<Record<string, unknown>>(['../**/messages.ts', '../**/*-messages.ts'], {
  eager: true,
})

function isBundle(value: unknown): value is MessageBundle<string> {
  return typeof value === 'object' && value !== null && 'id' in value && 'en' in value
}

const bundles = Object.values(modules).flatMap((module) => Object.values(module).filter(isBundle))
const sortedKeys = (table: object) => Object.keys(table).sort()
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('German strings', () => {
  it('finds every feature bundle, each with its own id', () => {
    const ids = bundles.map((bundle) => bundle.id).sort()
    expect(ids).toEqual([
      'app',
      'attributes',
      'attributes-outcomes',
      'attributes-review',
      'auth',
      'bulk-fix',
      'conversation',
      'custom-attributes',
      'custom-attributes-loader',
      'find-conversations',
      'governance',
      'governance-tools',
      'platform-record',
    ])
    expect(germanTranslations.map((translation) => translation.id).sort()).toEqual(ids)
  })

  it.each(bundles.map((bundle) => [bundle.id, bundle] as const))(
    'has exactly the English keys of %s, each with the same placeholders',
    (id, bundle) => {
      const german = germanTranslations.find((translation) => translation.id === id)?.table ?? {}
      expect(sortedKeys(german)).toEqual(sortedKeys(bundle.en))
      for (const [key, english] of Object.entries(bundle.en)) {
        expect(german[key], key).toMatch(/\S/)
        expect(placeholders(german[key] ?? ''), key).toEqual(placeholders(english))
      }
    },
  )
})
