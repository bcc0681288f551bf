import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addAuditEntry, parseAuditLog, type AuditEntry } from '../store/audit-log.ts'
import { AuditHistory } from './audit-history.tsx'

/** A conversation-data commit as the custom-attributes section hands it to src/app, masked field included. */
const recordEntry: AuditEntry = {
  at: Date.UTC(2026, 11, 2, 10, 0),
  by: 'Alex Morgan',
  participantId: 'rec-1',
  participantLabel: 'Billing dispute',
  subject: 'conversation-data',
  changes: [
    { name: 'disputedAmount', oldValue: '129.9', newValue: '64.95', masked: false },
    { name: 'cardNumber', oldValue: '••••••••', newValue: '••••••••', masked: true },
  ],
}

describe('AuditHistory with conversation data', () => {
  it('keeps the subject through storage and labels the entry as conversation data, not a participant', () => {
    const { text } = addAuditEntry([], recordEntry)
    const [stored] = parseAuditLog(text)
    expect(stored).toEqual(recordEntry)
    render(<AuditHistory entries={[stored as AuditEntry]} />)
    const entry = screen.getByRole('listitem')
    expect(entry).toHaveTextContent(/Alex Morgan · Conversation data “Billing dispute”/)
    expect(within(entry).getByRole('row', { name: /cardNumber/ })).toHaveTextContent(
      'cardNumber••••••••••••••••',
    )
  })
})
