import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { fieldMask, mayShowValue, type FieldAccessOf } from '../model/field-access.ts'
import type { FieldConflict } from '../model/record-edits.ts'
import { displayValue } from './problem-text.ts'

/**
 * Both values of every field someone else changed under a staged edit, and the two ways out. The caller leaves out
 * hidden fields; a masked field's values show as dots (its edit is blocked by the policy in any case).
 */
export function RecordConflicts({
  conflicts,
  fields,
  accessOf,
  version,
  refused,
  onKeepMine,
  onTakeTheirs,
}: {
  conflicts: FieldConflict[]
  fields: readonly FieldSpec[]
  accessOf: FieldAccessOf
  version: number
  refused: boolean
  onKeepMine: (field: string) => void
  onTakeTheirs: (field: string) => void
}) {
  const t = useTranslate(customAttributesMessages)
  return (
    <section className="ca-conflicts" role="alert" aria-label={t('conflictHeading')}>
      <h4>{t('conflictHeading')}</h4>
      <p>{t(refused ? 'conflictRefused' : 'conflictSeen', { version })}</p>
      <ul>
        {conflicts.map((conflict) => {
          const field = fields.find((f) => f.name === conflict.field)
          const title = field?.title ?? conflict.field
          const shown = mayShowValue(accessOf(conflict.field))
          const show = (value: FieldConflict['theirs']) => (shown ? displayValue(t, field, value) : fieldMask)
          return (
            <li key={conflict.field} className="ca-conflict">
              <strong>{title}</strong>
              <span>{t('conflictMine', { value: show(conflict.mine) })}</span>
              <span>{t('conflictTheirs', { value: show(conflict.theirs) })}</span>
              <span className="ca-conflict__actions">
                <Button onClick={() => onKeepMine(conflict.field)}>{t('keepMine', { field: title })}</Button>
                <Button onClick={() => onTakeTheirs(conflict.field)}>
                  {t('takeTheirs', { field: title })}
                </Button>
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
