import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import { hasInvisible, showInvisible } from '../model/invisible-characters.ts'
import { findLookalike, type LookalikeKind } from '../model/lookalike-names.ts'

export interface LookalikeWarningProps {
  id: string
  name: string
  existingNames: readonly string[]
  t: Translate<AttributeMessageKey>
}

const messageOf: Record<LookalikeKind, AttributeMessageKey> = {
  normalisation: 'issue_name_lookalike_normalisation',
  invisible: 'issue_name_lookalike_invisible',
  letters: 'issue_name_lookalike_letters',
}

/**
 * The add form's warning for a name that only looks like an existing one, said as for a case-only difference.
 * A chunk of its own with the confusables table: it is needed once someone types a name, not to show the table.
 */
export function LookalikeWarning({ id, name, existingNames, t }: LookalikeWarningProps) {
  const found = findLookalike(name, existingNames)
  const shown = { name: showInvisible(name), existing: found ? showInvisible(found.existing) : '' }
  if (!found && !hasInvisible(name)) return null
  return (
    <p id={id} className="attr-issues" data-severity="warning">
      {t(found ? messageOf[found.kind] : 'issue_name_invisible', shown)}
    </p>
  )
}
