import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { openTools, renderGovernedPanel } from '../test/render-governed-panel.tsx'

const seeded = {
  CustomerName: 'Maria Schneider',
  CallbackNumber: '+14155550142',
  Balance: '-42.50',
  Check: '=1+1',
  'CRM.ContactId': '003Dn00000',
}
// The supervisor may not change CRM names and sees CallbackNumber masked.
const policy = attributePolicySchema.parse({
  rules: [
    { match: 'CallbackNumber', agent: 'masked', supervisor: 'masked' },
    { match: 'CRM.*', agent: 'read-only', supervisor: 'read-only' },
  ],
})

/** What the Export button hands the browser: jsdom has no downloads, so the Blob is taken where it is made. */
function captureDownloads() {
  const files: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

beforeEach(() => sessionStorage.clear())

describe('export, then import the same file', () => {
  it.each([
    ['CSV', 'Export attributes of Ada Customer as CSV'],
    ['JSON', 'Export attributes of Ada Customer as JSON'],
  ])('stages zero changes from our own %s and says what it did', async (format, button) => {
    const files = captureDownloads()
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderGovernedPanel(fake, { policy, role: 'supervisor' })
    await openTools(user)
    await user.click(await screen.findByRole('button', { name: button }, { timeout: 10_000 }))
    const exported = await (files[0] as Blob).text()

    await user.click(screen.getByLabelText(/Corrections: a JSON object or CSV\/TSV/))
    await user.paste(exported)
    await user.click(screen.getByRole('button', { name: 'Stage corrections' }))

    expect(screen.getByText('Nothing to stage: every value already matches.')).toBeInTheDocument()
    expect(screen.getByText('2 lines were left out on purpose:')).toBeInTheDocument()
    expect(
      screen.getByText(
        '“CallbackNumber”: masked in the export (dots); a masked value is never written back.',
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText('“CRM.ContactId”: your role may not change it, and the file holds its current value.'),
    ).toBeInTheDocument()
    if (format === 'CSV')
      expect(
        screen.getByText(/the apostrophe the export puts before 2 cells starting with = \+ - @/),
      ).toBeInTheDocument()
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    expect(fake.patches).toHaveLength(0)
  })
})
