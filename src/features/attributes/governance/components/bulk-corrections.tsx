import { useId, useState } from 'react'
import { readAttribute, type AttributeMap } from '../../../../genesys/attribute-map.ts'
import { Alert } from '../../../../ui/alert.tsx'
import { Button } from '../../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../../ui/i18n.tsx'
import { ListInput } from '../../../../ui/list-input.tsx'
import { issueMessageKey } from '../../components/message-keys.ts'
import { attributeMessages, type AttributeMessageKey } from '../../messages.ts'
import type { AccessOf } from '../../model/attribute-access.ts'
import type { EditAction } from '../../model/staged-edit.ts'
import type { AttributeLimits } from '../../model/validation.ts'
import { governanceToolsMessages, type GovernanceToolsMessageKey } from '../tools-messages.ts'
import { parseBulkInput } from '../model/parse-bulk-input.ts'
import { planBulkStage, type BulkRefusal, type BulkSkip } from '../model/plan-bulk-stage.ts'

type Result =
  | {
      kind: 'staged'
      count: number
      format: string
      restoredCells: number
      skipped: readonly BulkSkip[]
    }
  | { kind: 'refused'; refusals: readonly BulkRefusal[] }

export interface BulkCorrectionsProps {
  server: AttributeMap
  stagedNames: readonly string[]
  accessOf: AccessOf
  reasonOf: (name: string) => string | undefined
  limits: AttributeLimits
  dispatch: (action: EditAction) => void
}

function describeRefusal(
  refusal: BulkRefusal,
  t: Translate<GovernanceToolsMessageKey>,
  ta: Translate<AttributeMessageKey>,
) {
  if (refusal.kind === 'parse') {
    const key = `bulk_${refusal.error.code.replace(/-/g, '_')}` as GovernanceToolsMessageKey
    return t(key, refusal.error.params)
  }
  if (refusal.kind === 'policy')
    return refusal.reason
      ? t('bulk_policy_reason', { name: refusal.name, reason: refusal.reason })
      : t('bulk_policy', { name: refusal.name })
  const detail = ta(issueMessageKey[refusal.issue.code], refusal.issue.params)
  return refusal.name === '' ? detail : t('bulk_invalid', { name: refusal.name, detail })
}

/** What was staged, what was left out on purpose, and whether our export's formula guards were taken off. */
function StagedResult({
  result,
  t,
}: {
  result: Extract<Result, { kind: 'staged' }>
  t: Translate<GovernanceToolsMessageKey>
}) {
  return (
    <Alert tone="success">
      <p>
        {result.count === 0
          ? t('bulkNothing')
          : t('bulkStaged', { count: result.count, format: result.format })}
      </p>
      {result.restoredCells > 0 ? <p>{t('bulkRestored', { count: result.restoredCells })}</p> : null}
      {result.skipped.length > 0 ? (
        <>
          <p>{t('bulkSkipped', { count: result.skipped.length })}</p>
          <ul>
            {result.skipped.map((skip) => (
              <li key={skip.line}>
                <strong>{t('bulkLine', { line: skip.line })}:</strong>{' '}
                <bdi>
                  {t(skip.kind === 'masked' ? 'bulkSkippedMasked' : 'bulkSkippedReadOnly', {
                    name: skip.name,
                  })}
                </bdi>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  )
}

/**
 * Paste or drop a correction list; every pair goes through the editor's own `stage` action, so conflicts,
 * review and commit work exactly as for typed edits. All or nothing: one bad line stages nothing.
 */
export function BulkCorrections(props: BulkCorrectionsProps) {
  const t = useTranslate(governanceToolsMessages)
  const ta = useTranslate(attributeMessages)
  const id = useId()
  const [text, setText] = useState('')
  const [result, setResult] = useState<Result | undefined>()

  const stageAll = () => {
    const parsed = parseBulkInput(text)
    const existingNames = [...new Set([...Object.keys(props.server), ...props.stagedNames])]
    const plan = planBulkStage(parsed.pairs, parsed.errors, {
      ...props,
      existingNames,
      currentValue: (name) => readAttribute(props.server, name),
    })
    if (plan.refusals.length > 0) {
      setResult({ kind: 'refused', refusals: plan.refusals })
      return
    }
    // One action, so one Undo takes the whole list back; a list that changes nothing is no action at all.
    if (plan.toStage.length > 0)
      props.dispatch({ type: 'stage-many', values: plan.toStage, server: props.server, at: Date.now() })
    const changed = plan.toStage.filter((pair) => readAttribute(props.server, pair.name) !== pair.value)
    // The list is now staged edits; leaving it in the box would keep masked values on screen and invite a re-paste.
    setText('')
    setResult({
      kind: 'staged',
      count: changed.length,
      format: parsed.format.toUpperCase(),
      restoredCells: parsed.restoredCells,
      skipped: plan.skipped,
    })
  }

  return (
    <section className="gov-bulk" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('bulkHeading')}</h3>
      <ListInput
        id={id}
        label={t('bulkLabel')}
        hint={t('bulkHint')}
        fileLabel={t('bulkFile')}
        value={text}
        rows={5}
        onChange={setText}
        onFileText={(content) => {
          setText(content)
          setResult(undefined)
        }}
      >
        <Button variant="primary" onClick={stageAll}>
          {t('bulkStage')}
        </Button>
      </ListInput>
      {result?.kind === 'staged' ? <StagedResult result={result} t={t} /> : null}
      {result?.kind === 'refused' ? (
        <Alert tone="error">
          <p>{t('bulkRefused')}</p>
          <ul>
            {result.refusals.map((refusal, index) => (
              <li key={index}>
                <strong>{refusal.line > 0 ? t('bulkLine', { line: refusal.line }) : t('bulkWhole')}:</strong>{' '}
                <bdi>{describeRefusal(refusal, t, ta)}</bdi>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  )
}
