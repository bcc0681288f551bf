import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'

/**
 * Staged edits the policy no longer lets this user write (restored from the session after the policy changed).
 * Named by field title, never by value: a hidden or masked field has no editor left to undo them from, so the
 * way out is here.
 */
export function PolicyBlockedEdits({
  titles,
  disabled,
  onDrop,
}: {
  titles: ReadonlyArray<{ field: string; title: string }>
  disabled: boolean
  onDrop: (field: string) => void
}) {
  const t = useTranslate(customAttributesMessages)
  return (
    <Alert tone="warning">
      <ul className="ca-policy-blocked">
        {titles.map(({ field, title }) => (
          <li key={field}>
            {t('policyBlocks', { field: title })}{' '}
            <Button variant="ghost" disabled={disabled} onClick={() => onDrop(field)}>
              {t('policyDrop', { field: title })}
            </Button>
          </li>
        ))}
      </ul>
    </Alert>
  )
}
