import type { Frame, Page } from '@playwright/test'

/**
 * Runs JavaScript source in the page. Source text rather than a function, because tsx compiles functions with
 * helpers (`__name`) that the page does not have.
 */
export async function inPage<T>(target: Page | Frame, source: string, arg: unknown = null): Promise<T> {
  const result: unknown = await target.evaluate(`(${source})(${JSON.stringify(arg)})`)
  return result as T
}

/**
 * Types a whole query into the focused input at once (native setter + one input event, as a paste would) and
 * returns the time until the frame after React re-rendered the table.
 */
export const setInputTimedSource = `async (text) => {
  const input = document.activeElement
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  setter.call(input, text)
  const start = performance.now()
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  return performance.now() - start
}`
