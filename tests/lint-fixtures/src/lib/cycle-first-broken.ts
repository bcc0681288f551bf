import { second } from './cycle-second-broken.ts'

export const first = (): string => `first, then ${second()}`
