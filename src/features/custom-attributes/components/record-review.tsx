import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { fieldMask, mayShowValue, type FieldAccessOf } from '../model/field-access.ts'
import { serverValueOf, type FieldEdit } from '../model/record-edits.ts'
import { displayValue } from './problem-text.ts'

/**
 * The diff the commit will send: one row per changed field, server value beside the staged one. A hidden field has
 * no row and a masked one shows dots: such an edit blocks the commit, and the block names it without its value.
 */
export function RecordReview({
  edits,
  fields,
  server,
  accessOf,
}: {
  edits: FieldEdit[]
  fields: readonly FieldSpec[]
  server: CustomValueMap
  accessOf: FieldAccessOf
}) {
  const t = useTranslate(customAttributesMessages)
  return (
    <table className="ca-review">
      <caption>{t('reviewCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviewField')}</th>
          <th scope="col">{t('reviewBefore')}</th>
          <th scope="col">{t('reviewAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {edits.map((edit) => {
          const access = accessOf(edit.field)
          if (access === 'hidden') return null
          const field = fields.find((f) => f.name === edit.field)
          const shown = mayShowValue(access)
          return (
            <tr key={edit.field}>
              <th scope="row">{field?.title ?? edit.field}</th>
              <td>
                <del>{shown ? displayValue(t, field, serverValueOf(server, edit.field)) : fieldMask}</del>
              </td>
              <td>
                <ins>{shown ? displayValue(t, field, edit.value) : fieldMask}</ins>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
