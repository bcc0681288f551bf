import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import { emptyParticipantEdits } from './edit-map.ts'
import { nameInMessage } from './name-in-message.ts'
import { planCommit } from './plan-commit.ts'
import { reduceEdits } from './reduce-edits.ts'

const limits = { maxValueLength: 256, maxNameLength: 256, maxAttributes: 50 }

describe('planCommit with the attribute limits', () => {
  it('never sends a name the server would refuse, whatever staged it, and sends the valid edits beside it', () => {
    const long = 'N'.repeat(1000)
    const server = createAttributeMap([
      ['', 'a'],
      [long, 'b'],
      ['LoyaltyTier', 'Gold'],
    ])
    const { edits } = [
      ['', 'x'],
      [long, 'y'],
      ['LoyaltyTier', 'Platinum'],
    ].reduce(
      (state, [name = '', value = ''], at) => reduceEdits(state, { type: 'stage', name, value, server, at }),
      emptyParticipantEdits,
    )
    const plan = planCommit(edits, server, undefined, limits)
    expect(plan.names).toEqual(['LoyaltyTier'])
    expect(plan.unwritable).toEqual(['', long])
    expect(plan.refused).toEqual([])
  })
})

describe('nameInMessage', () => {
  it('shortens a very long name and keeps a short one whole', () => {
    expect(nameInMessage('LoyaltyTier')).toBe('LoyaltyTier')
    expect(nameInMessage('N'.repeat(1000))).toBe(`${'N'.repeat(60)}… (1000)`)
  })
})
