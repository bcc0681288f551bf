import { first } from './cycle-first-broken.ts'

export const second = (): string => (Math.random() > 2 ? first() : 'second')
