import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

// As if the network dropped (or a deploy replaced the chunk) before the virtualizer's chunk arrived.
vi.mock('./virtual-rows.tsx', () => Promise.reject(new Error('Failed to fetch dynamically imported module')))

describe('the attribute table when the virtualizer cannot be loaded', () => {
  it('falls back to every row in the DOM, still editable', async () => {
    renderPanel(
      createFakeGenesys(Array.from({ length: 250 }, (_, i): [string, string] => [`attr${i}`, `v${i}`])),
    )
    expect(await screen.findByRole('textbox', { name: 'Value of attr249' })).toHaveValue('v249')
    const table = screen.getByRole('grid', { name: 'Participant attributes' })
    expect(within(table).getAllByRole('row')).toHaveLength(251)
    expect(within(table).queryByRole('status')).not.toBeInTheDocument()
    // 251 grid rows in jsdom on a shared machine: slow to mount; the speed is a bench figure.
  }, 20_000)
})
