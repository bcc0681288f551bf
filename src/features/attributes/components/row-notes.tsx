import { useLanguage, type Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import { problemMessageKey } from './message-keys.ts'

type T = Translate<AttributeMessageKey>

export function shownValue(value: string | undefined, t: T): string {
  if (value === undefined) return t('notSet')
  return value === '' ? t('emptyValue') : value
}

/** Both values side by side, and the user's explicit choice: nothing is overwritten without it. */
export function ConflictChoice({
  row,
  t,
  onKeepMine,
  onUseTheirs,
}: {
  row: AttributeRow
  t: T
  onKeepMine: () => void
  onUseTheirs: () => void
}) {
  return (
    <div className="attr-conflict">
      <p>{t('conflictNote')}</p>
      <p className="attr-both">
        <span>
          <bdi>{t('conflictTheirs', { value: shownValue(row.serverValue, t) })}</bdi>
        </span>
        <span>
          <bdi>{t('conflictMine', { value: shownValue(row.edit?.value, t) })}</bdi>
        </span>
      </p>
      <div className="attr-actions">
        <button
          type="button"
          className="button"
          aria-label={t('keepMineLabel', { name: row.name })}
          onClick={onKeepMine}
        >
          {t('keepMine')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('useTheirsLabel', { name: row.name })}
          onClick={onUseTheirs}
        >
          {t('useTheirs')}
        </button>
      </div>
    </div>
  )
}

export function RowNotes({ row, t }: { row: AttributeRow; t: T }) {
  const language = useLanguage()
  const change = row.liveChange
  const showServer = row.edit !== undefined && row.status !== 'conflict' && row.serverValue !== undefined
  return (
    <>
      {showServer ? (
        <p className="attr-note">
          <bdi>{t('serverValue', { value: shownValue(row.serverValue, t) })}</bdi>
        </p>
      ) : null}
      {row.unreadable ? <p className="attr-note attr-problem">{t('rowUnreadable')}</p> : null}
      {row.nameRefusal ? (
        <p className="attr-note">
          {row.nameRefusal.code === 'name-blank'
            ? t('rowNameBlank')
            : t('rowNameTooLong', row.nameRefusal.params)}
        </p>
      ) : null}
      {row.edit?.problem ? (
        <p className="attr-note attr-problem">{t(problemMessageKey[row.edit.problem])}</p>
      ) : null}
      {change ? (
        <p className="attr-note attr-live">
          <strong>{t('changedElsewhere', { time: new Date(change.at).toLocaleTimeString(language) })}</strong>{' '}
          <bdi>{t('changedElsewhereWas', { value: shownValue(change.oldValue, t) })}</bdi>
        </p>
      ) : null}
    </>
  )
}
