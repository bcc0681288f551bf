import { useEffect, useState } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'

/** The rows as shown, one "name<TAB>value" line each: masked values stay dots, filtered-out rows are left out. */
export function rowsAsText(rows: readonly AttributeRow[]): string {
  return rows.map((row) => `${row.name}\t${row.displayedValue.replace(/\r?\n/g, ' ')}`).join('\n')
}

export function CopyAllButton({
  rows,
  t,
}: {
  rows: readonly AttributeRow[]
  t: Translate<AttributeMessageKey>
}) {
  const [said, setSaid] = useState<string | null>(null)
  useEffect(() => {
    if (said === null) return
    const timer = setTimeout(() => setSaid(null), 2500)
    return () => clearTimeout(timer)
  }, [said])
  return (
    <>
      <button
        type="button"
        className="button attr-copy-all"
        data-variant="ghost"
        title={t('copyAll')}
        disabled={rows.length === 0}
        onClick={() =>
          void navigator.clipboard.writeText(rowsAsText(rows)).then(
            () => setSaid(t('copiedAll', { count: rows.length })),
            () => setSaid(t('copyFailed')),
          )
        }
      >
        {/* A narrow panel shows the icon; the words stay the button's name. */}
        <svg className="attr-copy-all__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect
            x="5.5"
            y="5.5"
            width="8"
            height="8"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path
            d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        <span className="attr-copy-all__text">{t('copyAll')}</span>
      </button>
      {said ? (
        <span role="status" className="attr-said">
          {said}
        </span>
      ) : null}
    </>
  )
}
