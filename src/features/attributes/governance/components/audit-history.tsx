import { useId } from 'react'
import { useLanguage, useTranslate, type Translate } from '../../../../ui/i18n.tsx'
import { governanceToolsMessages, type GovernanceToolsMessageKey } from '../tools-messages.ts'
import type { AuditEntry } from '../store/audit-log.ts'

function shown(value: string | undefined, t: Translate<GovernanceToolsMessageKey>): string {
  if (value === undefined) return t('notSet')
  return value === '' ? t('emptyValue') : value
}

/** Commits made from this browser session in this conversation, newest first; masked values stay dotted. */
export function AuditHistory({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useTranslate(governanceToolsMessages)
  const language = useLanguage()
  const id = useId()
  return (
    <section className="gov-audit" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('auditHeading')}</h3>
      {entries.length === 0 ? <p className="hint">{t('auditEmpty')}</p> : null}
      <ol className="gov-audit-list">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <p className="gov-audit-who">
              <bdi>
                {t(entry.subject === 'conversation-data' ? 'auditEntryRecord' : 'auditEntry', {
                  time: new Date(entry.at).toLocaleString(language),
                  who: entry.by,
                  participant: entry.participantLabel,
                })}
              </bdi>
            </p>
            <div className="gov-audit-scroll">
              <table className="attr-diff">
                <thead>
                  <tr>
                    <th scope="col">{t('auditName')}</th>
                    <th scope="col">{t('auditOld')}</th>
                    <th scope="col">{t('auditNew')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.changes.map((change) => (
                    <tr key={change.name}>
                      <th scope="row">
                        <bdi>{change.name}</bdi>
                      </th>
                      <td>
                        <bdi>{shown(change.oldValue, t)}</bdi>
                      </td>
                      <td>
                        <bdi>{shown(change.newValue, t)}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
