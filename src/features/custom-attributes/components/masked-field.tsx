import { useId } from 'react'
import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { fieldMask } from '../model/field-access.ts'

/**
 * A field the policy masks: the label and a fixed mask, no editor, no character count, no "on the server" note.
 * The component never receives the value, so nothing of it can reach the page.
 */
export function MaskedField({ field, staged }: { field: FieldSpec; staged: boolean }) {
  const t = useTranslate(customAttributesMessages)
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <div className="ca-field" data-staged={staged ? 'true' : undefined} data-access="masked">
      <label htmlFor={id} className="ca-field__label">
        {field.title}
      </label>
      <div className="ca-field__control">
        <output id={id} className="ca-field__mask" aria-describedby={hintId}>
          {fieldMask}
        </output>
      </div>
      <div id={hintId} className="ca-field__hint">
        {staged ? <span className="badge">{t('stagedBadge')}</span> : null} {t('policyMasked')}
      </div>
    </div>
  )
}
