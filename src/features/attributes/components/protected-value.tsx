import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import type { RowActions } from './row-actions.ts'

/**
 * A value the policy does not let this user edit: plain text (no editor), or dots with a Reveal button. Its cell
 * carries the name "Value of NAME" (attribute-row.tsx).
 */
export function ProtectedValue({
  row,
  t,
  actions,
}: {
  row: AttributeRow
  t: Translate<AttributeMessageKey>
  actions: RowActions
}) {
  if (row.access === 'masked') {
    // Only the dots reach the DOM; the label names the attribute, never its value.
    return (
      <span className="attr-protected">
        <span className="attr-masked" role="img" aria-label={t('masked_value_label', { name: row.name })}>
          {row.displayedValue}
        </span>
        {actions.reveal ? (
          <button
            type="button"
            className="attr-icon-button attr-reveal"
            // In the grid, the cell is the Tab stop: Enter on the actions cell's menu reveals too.
            tabIndex={-1}
            aria-label={t('reveal_label', { name: row.name, seconds: actions.revealSeconds ?? 10 })}
            onClick={() => actions.reveal?.(row.name)}
          >
            {t('reveal')}
          </button>
        ) : null}
      </span>
    )
  }
  return (
    <span className="attr-protected attr-readonly">
      <bdi>{row.displayedValue}</bdi>
    </span>
  )
}
