import { parseConversationReference } from './conversation-reference.ts'

describe('parseConversationReference', () => {
  const id = '8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f'

  it('accepts a bare id, trimmed and lower-cased', () => {
    expect(parseConversationReference(`  ${id.toUpperCase()} `)).toBe(id)
  })

  it('takes the conversation id out of a Genesys Cloud link', () => {
    expect(
      parseConversationReference(`https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/${id}`),
    ).toBe(id)
    expect(
      parseConversationReference(
        `https://apps.mypurecloud.com/directory/#/analytics/interactions/${id}/admin/participants`,
      ),
    ).toBe(id)
  })

  it('refuses text without an id', () => {
    expect(parseConversationReference('')).toBeUndefined()
    expect(parseConversationReference('conversation 42')).toBeUndefined()
    expect(parseConversationReference('8c1b0f3e-1234')).toBeUndefined()
  })
})
