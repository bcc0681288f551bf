import { describe, expect, it, vi } from 'vitest'
import { translator } from '../ui/i18n.tsx'
import { loadTranslations } from './load-translations.ts'
import { appMessages } from './messages.ts'

describe('loadTranslations', () => {
  it('loads and registers German from its own chunk', async () => {
    await loadTranslations('de')
    expect(translator(appMessages, 'de')('title')).toBe('Teilnehmerdaten')
  })

  it('loads nothing for English', async () => {
    const de = vi.fn(() => Promise.resolve([]))
    await loadTranslations('en', { de })
    expect(de).not.toHaveBeenCalled()
  })

  it('falls back to English, with a warning, when the chunk cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const failed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    await expect(loadTranslations('de', { de: failed })).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"de" could not be loaded, showing English/))
    expect(translator(appMessages, 'de')('title')).toBe('Participant data')
  })
})
