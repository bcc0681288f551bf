import { describe, expect, it } from 'vitest'
import { parseLaunchContext, pickLaunchParams } from './launch-context.ts'

const conversationId = '3f1c2b8e-6a4d-4d8e-9b1a-2c3d4e5f6a7b'

describe('parseLaunchContext', () => {
  it('reads the Genesys interaction widget parameters', () => {
    const params = new URLSearchParams({
      gcConversationId: conversationId,
      gcLangTag: 'de-de',
      gcUsePopupAuth: 'true',
      gcHostOrigin: 'https://apps.mypurecloud.ie',
      gcTargetEnv: 'prod-euw1',
      theme: 'dark',
    })
    expect(parseLaunchContext(params)).toEqual({
      conversationId,
      langTag: 'de-de',
      usePopupAuth: true,
      hostOrigin: 'https://apps.mypurecloud.ie',
      targetEnv: 'prod-euw1',
      theme: 'dark',
    })
  })

  it('falls back to the legacy pc* names', () => {
    const params = new URLSearchParams({
      pcConversationId: conversationId,
      pcLangTag: 'en-us',
      pcEnvironment: 'mypurecloud.com',
    })
    expect(parseLaunchContext(params)).toMatchObject({
      conversationId,
      langTag: 'en-us',
      pcEnvironment: 'mypurecloud.com',
      usePopupAuth: false,
    })
  })

  it('drops malformed values and unreplaced template placeholders', () => {
    const params = new URLSearchParams({
      gcConversationId: '{{gcConversationId}}',
      gcUsePopupAuth: 'yes',
      theme: 'neon',
      gcHostOrigin: 'javascript:alert(1)',
    })
    expect(parseLaunchContext(params)).toEqual({ usePopupAuth: false })
  })

  it('keeps only launch parameters when carrying a URL across sign-in', () => {
    const kept = pickLaunchParams(
      new URLSearchParams(`gcConversationId=${conversationId}&code=abc&state=xyz&gcLangTag=de-de`),
    )
    expect(kept.toString()).toBe(`gcConversationId=${conversationId}&gcLangTag=de-de`)
  })
})
