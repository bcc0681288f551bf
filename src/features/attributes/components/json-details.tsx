import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import { formatJsonValue, jsonFormatBounds } from './json-format.ts'

export interface JsonDetailsProps {
  value: string
  t: Translate<AttributeMessageKey>
  open: boolean
  onToggle: (open: boolean) => void
}

/**
 * A value's formatted JSON: formatted once per value (formatJsonValue remembers), and put in the DOM only while
 * open, so twelve large values cost nothing until read. No hooks of its own: the caller keeps `open`.
 */
export function JsonDetails({ value, t, open, onToggle }: JsonDetailsProps) {
  const json = formatJsonValue(value)
  if (json === undefined || json.text === value) return null
  return (
    <details className="attr-json" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      {/* Not a Tab stop of its own inside the grid: Space on the value's cell opens it. */}
      <summary tabIndex={-1}>{t('formattedJson')}</summary>
      {open ? (
        <>
          {json.complete ? null : (
            <p className="attr-note">
              {t('formattedJsonPartial', {
                depth: jsonFormatBounds.maxDepth,
                limit: jsonFormatBounds.maxChars,
              })}
            </p>
          )}
          <pre>{json.text}</pre>
        </>
      ) : null}
    </details>
  )
}
