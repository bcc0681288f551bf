import { describe, expect, it } from 'vitest'
import { createRateBudget, type Clock } from './rate-budget.ts'
import { createRateBudgetHolder } from './rate-budget-holder.ts'

const frozen: Clock = { now: () => 0, sleep: () => Promise.resolve() }

describe('createRateBudgetHolder', () => {
  it('makes the budget once, replays the headers seen before it, and feeds it directly after', () => {
    const holder = createRateBudgetHolder()
    // The widget's own answers arrive long before any bulk run: the platform says 290 of 300 are used.
    holder.observe({ count: 280, allowed: 300, reset: '30' })
    holder.observe({ count: 290, allowed: 300, reset: '30' })
    let made = 0
    const create = () => {
      made += 1
      return createRateBudget(frozen)
    }
    const budget = holder.budget(create)
    const fresh = createRateBudget(frozen)
    expect(budget.state).not.toEqual(fresh.state)
    const replayed = createRateBudget(frozen)
    replayed.observe({ count: 290, allowed: 300, reset: '30' })
    expect(budget.state).toEqual(replayed.state)

    expect(holder.budget(create)).toBe(budget)
    expect(made).toBe(1)
    holder.observe({ count: 299, allowed: 300, reset: '5' })
    replayed.observe({ count: 299, allowed: 300, reset: '5' })
    expect(budget.state).toEqual(replayed.state)
  })
})
