import type { Participant } from '../../../genesys/schemas.ts'
import { translator } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'
import { participantLabel, participantLabelParts } from './participant-label.ts'

const t = translator(conversationMessages, 'en')
const leg = (fields: Partial<Participant>): Participant =>
  ({ id: 'p-1', attributes: {}, ...fields }) as Participant

describe('participantLabelParts', () => {
  it('splits what the leg is from who, and the parts put back together are the label', () => {
    const customer = leg({ purpose: 'customer', name: 'Dana Whitfield' })
    expect(participantLabelParts(customer, t)).toEqual({
      before: 'Customer',
      name: '· Dana Whitfield',
      after: '',
    })
    const { before, name, after } = participantLabelParts(customer, t)
    expect(`${before} ${name}${after}`).toBe(participantLabel(customer, t))
  })

  it('keeps the state with what the leg is when the name is hidden', () => {
    const ivr = leg({
      purpose: 'ivr',
      name: 'Main IVR',
      calls: [{ state: 'disconnected' }],
    })
    expect(participantLabelParts(ivr, t)).toEqual({
      before: 'IVR',
      name: '· Main IVR',
      after: ' (disconnected)',
    })
  })

  it('never hides the only thing a leg is called by', () => {
    expect(participantLabelParts(leg({ name: 'Kim Lee' }), t)).toEqual({
      before: 'Kim Lee',
      name: '',
      after: '',
    })
    expect(participantLabelParts(leg({ purpose: 'agent' }), t)).toEqual({
      before: 'Agent',
      name: '',
      after: '',
    })
    expect(participantLabelParts(leg({}), t)).toEqual({ before: 'p-1', name: '', after: '' })
  })

  it('finds a name that itself contains the separator', () => {
    const odd = leg({ purpose: 'external', name: 'A · B' })
    const parts = participantLabelParts(odd, t)
    expect(`${parts.before} ${parts.name}${parts.after}`).toBe(participantLabel(odd, t))
    expect(parts.name).toBe('· A · B')
  })
})
