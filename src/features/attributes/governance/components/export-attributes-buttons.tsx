import type { AttributeMap } from '../../../../genesys/attribute-map.ts'
import { Button } from '../../../../ui/button.tsx'
import { useTranslate } from '../../../../ui/i18n.tsx'
import type { AccessOf } from '../../model/attribute-access.ts'
import { governanceToolsMessages } from '../tools-messages.ts'
import { attributesToCsv, attributesToJson } from '../model/export-attributes.ts'
import { exportableAttributes } from '../model/mask-values.ts'
import { downloadFile } from '../../../../lib/download-file.ts'

/** The server's attributes as this user may take them away (hidden left out, masked dotted unless allowed). */
export function ExportAttributesButtons(props: {
  server: AttributeMap
  accessOf: AccessOf
  exportMasked: boolean
  participantLabel: string
  fileStem: string
}) {
  const t = useTranslate(governanceToolsMessages)
  const pairs = () => exportableAttributes(props.server, props.accessOf, props.exportMasked)
  return (
    <section className="gov-export" aria-label={t('exportHeading')}>
      <div className="gov-actions">
        <Button
          aria-label={t('exportJsonLabel', { participant: props.participantLabel })}
          onClick={() =>
            downloadFile(attributesToJson(pairs()), 'application/json', `${props.fileStem}.json`)
          }
        >
          {t('exportJson')}
        </Button>
        <Button
          aria-label={t('exportCsvLabel', { participant: props.participantLabel })}
          onClick={() =>
            downloadFile(attributesToCsv(pairs()), 'text/csv;charset=utf-8', `${props.fileStem}.csv`)
          }
        >
          {t('exportCsv')}
        </Button>
      </div>
      <p className="hint">{props.exportMasked ? t('exportNoteUnmasked') : t('exportNote')}</p>
    </section>
  )
}
