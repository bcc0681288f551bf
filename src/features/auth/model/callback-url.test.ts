import { describe, expect, it } from 'vitest'
import { carryIdFromState, readCallbackFromUrl, stripCallbackFromUrl } from './callback-url.ts'
import { parseImplicitFragment } from './implicit-fragment.ts'

const carryId = '0123456789abcdef0123456789abcdef'

describe('readCallbackFromUrl', () => {
  it('recognises a code answer in the query and finds the carry id after the oidc state id', () => {
    expect(readCallbackFromUrl(`https://app.example/?code=abc&state=f00;${carryId}`)).toEqual({
      kind: 'code',
      state: `f00;${carryId}`,
      carryId,
    })
  })

  it('recognises an implicit answer in the fragment', () => {
    expect(
      readCallbackFromUrl(
        `https://app.example/#access_token=t&expires_in=60&token_type=bearer&state=${carryId}`,
      ),
    ).toMatchObject({ kind: 'implicit', carryId })
  })

  it('recognises error answers of both kinds', () => {
    expect(readCallbackFromUrl('https://app.example/?error=access_denied&state=x').kind).toBe('code')
    expect(readCallbackFromUrl('https://app.example/#error=access_denied&state=x').kind).toBe('implicit')
  })

  it('ignores ordinary launch URLs', () => {
    expect(readCallbackFromUrl('https://app.example/?gcConversationId=1&gcLangTag=en-us').kind).toBe('none')
    expect(readCallbackFromUrl('https://app.example/#section').kind).toBe('none')
  })

  it('only takes a 32-hex carry id from the state', () => {
    expect(carryIdFromState('abc;../../etc')).toBeUndefined()
    expect(carryIdFromState(carryId)).toBe(carryId)
  })
})

describe('stripCallbackFromUrl', () => {
  it('drops code, state, errors and the fragment, and keeps other parameters', () => {
    expect(stripCallbackFromUrl('https://app.example/w/?code=abc&state=s&gcLangTag=de-de#x')).toBe(
      '/w/?gcLangTag=de-de',
    )
  })

  it('puts the carried launch parameters back in place of the answer', () => {
    expect(
      stripCallbackFromUrl('https://app.example/?code=abc&state=s', 'gcConversationId=c1&gcTargetEnv=prod'),
    ).toBe('/?gcConversationId=c1&gcTargetEnv=prod')
  })
})

describe('parseImplicitFragment', () => {
  it('reads a token answer', () => {
    expect(parseImplicitFragment('#access_token=tok&expires_in=3600&token_type=bearer&state=s1')).toEqual({
      kind: 'token',
      accessToken: 'tok',
      tokenType: 'bearer',
      expiresInSeconds: 3600,
      state: 's1',
    })
  })

  it('reads an error answer', () => {
    expect(parseImplicitFragment('#error=access_denied&error_description=User+said+no&state=s1')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'User said no',
      state: 's1',
    })
  })

  it('calls anything incomplete malformed', () => {
    expect(parseImplicitFragment('#access_token=tok&state=s1').kind).toBe('malformed')
    expect(parseImplicitFragment('#access_token=tok&expires_in=soon&token_type=bearer&state=s1').kind).toBe(
      'malformed',
    )
    expect(parseImplicitFragment('').kind).toBe('malformed')
    expect(parseImplicitFragment('#access_token=tok&expires_in=1.5&token_type=bearer&state=s1').kind).toBe(
      'malformed',
    )
  })

  it('takes the last value of a repeated key', () => {
    expect(
      parseImplicitFragment('#access_token=a&access_token=b&expires_in=60&token_type=bearer&state=s1'),
    ).toMatchObject({
      kind: 'token',
      accessToken: 'b',
    })
  })
})
