import { first } from '../lib/cycle-first-broken.ts'

export const sharedClientNeedsWidgetHelper = first
