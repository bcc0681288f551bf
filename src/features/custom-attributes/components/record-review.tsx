import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { serverValueOf, type FieldEdit } from '../model/record-edits.ts'
import { displayValue } from './problem-text.ts'

/** The diff the commit will send: one row per changed field, server value beside the staged one. */
export function RecordReview({
  edits,
  fields,
  server,
}: {
  edits: FieldEdit[]
  fields: readonly FieldSpec[]
  server: CustomValueMap
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
          const field = fields.find((f) => f.name === edit.field)
          return (
            <tr key={edit.field}>
              <th scope="row">{field?.title ?? edit.field}</th>
              <td>
                <del>{displayValue(t, field, serverValueOf(server, edit.field))}</del>
              </td>
              <td>
                <ins>{displayValue(t, field, edit.value)}</ins>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
