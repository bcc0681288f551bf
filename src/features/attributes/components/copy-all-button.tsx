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
        className="button"
        data-variant="ghost"
        disabled={rows.length === 0}
        onClick={() =>
          void navigator.clipboard.writeText(rowsAsText(rows)).then(
            () => setSaid(t('copiedAll', { count: rows.length })),
            () => setSaid(t('copyFailed')),
          )
        }
      >
        {t('copyAll')}
      </button>
      {said ? (
        <span role="status" className="attr-said">
          {said}
        </span>
      ) : null}
    </>
  )
}
