import { useId, useState } from 'react'
import type { FieldSpec, FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { exportableFields, exportFileStem, recordToCsv, recordToJson } from '../model/export-record.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import { RecordBulk } from './record-bulk.tsx'
import { downloadFile } from '../../../lib/download-file.ts'

export interface RecordMoreProps {
  recordId: string
  title: string
  fields: readonly FieldSpec[]
  server: CustomValueMap
  accessOf: FieldAccessOf
  exportMasked: boolean
  disabled: boolean
  onStage: (values: readonly (readonly [string, FieldValue])[]) => void
}

/**
 * Export and bulk corrections of one record, behind one small "More" button: the panel is 360 px wide, and most
 * calls need neither. Closed at first, on every record.
 */
export function RecordMore(props: RecordMoreProps) {
  const t = useTranslate(customAttributesMessages)
  const id = useId()
  const [open, setOpen] = useState(false)
  const exported = () => exportableFields(props.fields, props.server, props.accessOf, props.exportMasked)
  const stem = exportFileStem(props.title, props.recordId)
  return (
    <div className="ca-more">
      <Button
        variant="ghost"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={t('moreLabel', { record: props.title })}
        onClick={() => setOpen(!open)}
      >
        {t('more')}
      </Button>
      <div id={`${id}-panel`} className="ca-more__panel" hidden={!open}>
        {open ? (
          <>
            <div className="ca-more__actions">
              <Button
                aria-label={t('exportJsonLabel', { record: props.title })}
                onClick={() => downloadFile(recordToJson(exported()), 'application/json', `${stem}.json`)}
              >
                {t('exportJson')}
              </Button>
              <Button
                aria-label={t('exportCsvLabel', { record: props.title })}
                onClick={() => downloadFile(recordToCsv(exported()), 'text/csv;charset=utf-8', `${stem}.csv`)}
              >
                {t('exportCsv')}
              </Button>
            </div>
            <p className="hint">{props.exportMasked ? t('exportNoteUnmasked') : t('exportNote')}</p>
            <RecordBulk
              title={props.title}
              fields={props.fields}
              server={props.server}
              accessOf={props.accessOf}
              disabled={props.disabled}
              onStage={props.onStage}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
