import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel, testLimits } from '../test/render-panel.tsx'
import { formatJsonValue, jsonFormatBounds } from './json-format.ts'

// 8,000 characters of nested brackets: inside every limit, and 32 million characters once pretty-printed.
const nestedArrays = `${'['.repeat(4_000)}${']'.repeat(4_000)}`
const nestedObjects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
const deepValues = Array.from({ length: 12 }, (_, i) =>
  i % 2 === 0 ? nestedArrays : nestedObjects(1_332 + i),
)
const limits = { ...testLimits, maxValueLength: 32_768 }

describe('deeply nested JSON values', () => {
  it('formats within the size and depth bounds, once per value', () => {
    const started = performance.now()
    const formatted = formatJsonValue(nestedArrays)
    const ms = performance.now() - started
    expect(formatted?.complete).toBe(false)
    expect(formatted?.text.length).toBeLessThanOrEqual(jsonFormatBounds.maxChars + 2)
    expect(formatJsonValue(nestedArrays)).toBe(formatted)
    console.info(`format 8,000 nested brackets: ${ms.toFixed(1)} ms, ${formatted?.text.length} chars`)
    // A small value is formatted in full, as before.
    expect(formatJsonValue('{"a":[1,2]}')).toEqual({
      text: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      complete: true,
    })
  })

  it('renders twelve of them, opens one, and types into another, with the DOM bounded', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(deepValues.map((value, i): [string, string] => [`Deep${i}`, value]))
    const started = performance.now()
    const { container } = renderPanel(fake, { limits })
    const renderMs = performance.now() - started
    const table = screen.getByRole('grid', { name: 'Participant attributes' })
    expect(within(table).getAllByRole('row')).toHaveLength(13)
    // Twelve values of 8,000 characters are in the editors; no formatted copy is in the DOM until asked for.
    const closedSize = container.innerHTML.length
    expect(closedSize).toBeLessThan(12 * 8_100 + 60_000)

    const summaries = await within(table).findAllByText('Formatted JSON')
    expect(summaries).toHaveLength(12)
    await user.click(summaries[0] as HTMLElement)
    const pre = container.querySelector('.attr-json[open] pre')
    expect(pre?.textContent?.length).toBeLessThanOrEqual(jsonFormatBounds.maxChars + 2)
    expect(within(table).getByText(/Shortened \(depth 12, 16000 characters\)/)).toBeInTheDocument()

    const editor = within(table).getByRole('textbox', { name: 'Value of Deep1' })
    const typing = performance.now()
    await user.type(editor, ' x')
    const perKeyMs = (performance.now() - typing) / 2
    expect(editor).toHaveValue(`${deepValues[1]} x`)
    console.info(
      `twelve deep values: first render ${renderMs.toFixed(0)} ms, DOM ${closedSize} chars closed, ` +
        `${container.innerHTML.length} with one open; ${perKeyMs.toFixed(1)} ms per keystroke`,
    )
  })
})
