import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boot } from './boot.tsx'

const config = {
  clientId: 'widget-local',
  grant: 'pkce',
  region: 'emulator',
  emulatorOrigin: 'http://127.0.0.1:8700',
}

function launch(query: string, configResponse: Response): HTMLElement {
  window.history.replaceState(null, '', `/?${query}`)
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(url.endsWith('config.json') ? configResponse : new Response(null, { status: 404 })),
    ),
  )
  const rootElement = document.createElement('div')
  document.body.append(rootElement)
  return rootElement
}

describe('boot', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'))
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.replaceChildren()
  })

  it('renders a German launch in German from the first render', async () => {
    const rootElement = launch('gcLangTag=de-de', Response.json(config))
    await act(() => boot(rootElement))
    expect(screen.getByRole('heading', { name: 'Teilnehmerdaten' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument()
    expect(screen.queryByText('Participant data')).not.toBeInTheDocument()
    expect(document.documentElement.lang).toBe('de')
  })

  it('explains a broken config.json in German too', async () => {
    const rootElement = launch('gcLangTag=de-de', new Response('nope', { status: 500 }))
    await act(() => boot(rootElement))
    expect(
      screen.getByRole('heading', { name: 'Das Widget ist nicht richtig eingerichtet' }),
    ).toBeInTheDocument()
  })

  it('stays in English for an English launch', async () => {
    const rootElement = launch('gcLangTag=en-us', Response.json(config))
    await act(() => boot(rootElement))
    expect(screen.getByRole('heading', { name: 'Participant data' })).toBeInTheDocument()
  })
})
