import { describe, expect, it } from 'vitest'
import { labelConversation } from './conversation-label.ts'
import { attributeSearchBody, detailsQueryBody, emptyFilters, phoneAsAni } from './search-filters.ts'

describe('search filters', () => {
  it('turns a typed phone number into an ANI and a name into a participant name', () => {
    expect(phoneAsAni('+1 (415) 555-0142')).toBe('tel:+14155550142')
    expect(phoneAsAni('Maria Schneider')).toBeUndefined()
    const byName = detailsQueryBody(
      { ...emptyFilters, customer: 'Maria' },
      { pageSize: 25, pageNumber: 1 },
      0,
    )
    expect(byName.segmentFilters).toEqual([
      { type: 'and', predicates: [{ dimension: 'participantName', value: 'Maria' }] },
    ])
  })

  it('asks the attribute search for the exact value within the time window', () => {
    const body = attributeSearchBody(
      { ...emptyFilters, attributeName: 'IntentDetected', attributeValue: 'BillingDispute' },
      0,
    )
    expect(body.query[0]).toEqual({ type: 'EXACT', fields: ['IntentDetected'], value: 'BillingDispute' })
    expect(body.query[1]).toMatchObject({ type: 'DATE_RANGE', fields: ['startTime'] })
  })

  it('labels a conversation by names, never ids', () => {
    const label = labelConversation(
      {
        startTime: '2026-12-02T09:00:00Z',
        participants: [
          { purpose: 'customer', ani: 'tel:+14155550142', queueIds: [], media: 'voice' },
          { purpose: 'acd', queueIds: ['q-1'] },
          { purpose: 'agent', userId: 'u-1', queueIds: [] },
        ],
      },
      { queue: (id) => (id === 'q-1' ? 'Billing' : undefined), user: () => undefined },
    )
    expect(label).toEqual({
      customer: '+14155550142',
      media: 'voice',
      queue: 'Billing',
      agent: undefined,
      startTime: '2026-12-02T09:00:00Z',
      ended: false,
    })
  })
})
