import type { FieldProblem, FieldSpec, FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { Translate } from '../../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from '../messages.ts'

type T = Translate<CustomAttributesMessageKey>

/** The message for a refused value: it names the field (by its title) and the rule. */
export function problemText(t: T, problem: FieldProblem, title: string): string {
  const params = { field: title, limit: problem.limit ?? '' }
  switch (problem.rule) {
    case 'type':
      return t(
        problem.limit === 'integer'
          ? 'rule_type_integer'
          : problem.limit === 'number'
            ? 'rule_type_number'
            : problem.limit === 'boolean'
              ? 'rule_type_boolean'
              : 'rule_type_text',
        params,
      )
    case 'unknown-field':
      return t('rule_unknown', params)
    default:
      return t(`rule_${problem.rule}`, params)
  }
}

/** A value as a person reads it: enum titles, yes/no, local date and time. Always text, never markup. */
export function displayValue(t: T, field: FieldSpec | undefined, value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return t('empty')
  if (typeof value === 'boolean') return value ? t('yes') : t('no')
  if (field?.kind === 'enum') return field.options?.find((o) => o.value === value)?.title ?? String(value)
  if (field?.kind === 'datetime' && typeof value === 'string') {
    const time = new Date(value)
    return Number.isNaN(time.getTime()) ? value : time.toLocaleString()
  }
  return String(value)
}
