import type { Page } from '@playwright/test'
import { editor } from './editor.ts'

/** The editor driver of the other specs, plus the live-updates badge the fault specs watch. */
export function reliabilityEditor(page: Page) {
  return { ...editor(page), liveBadge: page.locator('.live-status[role="status"]') }
}
export type ReliabilityEditor = ReturnType<typeof reliabilityEditor>
