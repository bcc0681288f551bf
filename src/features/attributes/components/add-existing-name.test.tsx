import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

async function add(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  await user.clear(screen.getByLabelText('Attribute name'))
  await user.type(screen.getByLabelText('Attribute name'), name)
  await user.clear(screen.getByLabelText('Attribute value'))
  await user.type(screen.getByLabelText('Attribute value'), value)
  await user.click(screen.getByRole('button', { name: 'Add attribute' }))
}

describe('adding a name that exists already', () => {
  it('takes the user to that row’s editor with the value, says so, and stages nothing by itself', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ CustomerName: 'Maria Schneider', tier: 'gold', intent: 'billing' })
    renderPanel(fake)
    // The row is filtered out of view: it is brought back.
    await user.type(screen.getByLabelText('Filter attributes'), 'intent')
    await add(user, 'CustomerName', 'Mario Schneider')

    const editor = screen.getByRole('textbox', { name: 'Value of CustomerName' })
    expect(editor).toHaveFocus()
    expect(editor).toHaveValue('Mario Schneider')
    expect(screen.getByLabelText('Filter attributes')).toHaveValue('')
    expect(
      screen.getByText(/“CustomerName” exists: nothing added. Your value is in its editor above/),
    ).toBeInTheDocument()
    // Kept in the form too, and nothing staged.
    expect(screen.getByLabelText('Attribute name')).toHaveValue('CustomerName')
    expect(screen.getByLabelText('Attribute value')).toHaveValue('Mario Schneider')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()

    // Escape keeps the current value; Enter after a second try stages it, visibly in its row.
    await user.keyboard('{Escape}')
    expect(editor).toHaveValue('Maria Schneider')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add attribute' }))
    expect(editor).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    const row = editor.closest('[role="row"]') as HTMLElement
    expect(within(row).getByText('Changed')).toBeInTheDocument()
    expect(fake.patches).toHaveLength(0)
  })
})
