import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { ReplacedValue, ServerAttributes, StagedEdit } from '../model/staged-edit.ts'
import { readAttribute } from '../../../genesys/attribute-map.ts'
import { outcomeMessages } from './outcome-messages.ts'
import { shownValue } from './row-notes.tsx'

export interface WriteOutcomesProps {
  /** Writes sent but not shown by the server, no longer being checked (see isInDoubt). */
  inDoubt: readonly StagedEdit[]
  replaced: readonly ReplacedValue[]
  server: ServerAttributes
  t: Translate<AttributeMessageKey>
  onCheckAgain: (names: readonly string[]) => void
  /** One PATCH for all the names given: several unconfirmed writes are sent again together. */
  onSendAgain: (names: readonly string[]) => void
  onForget: (name: string) => void
  onPutBack: (notice: ReplacedValue) => void
  onDismiss: (name: string) => void
}

/**
 * The two outcomes of a write that the user must hear about because nothing else will settle them: a write that was
 * sent but never shown (it is never resent by itself), and another writer's value that ours replaced.
 */
export function WriteOutcomes({ inDoubt, replaced, server, t, ...on }: WriteOutcomesProps) {
  const o = useTranslate(outcomeMessages)
  if (inDoubt.length === 0 && replaced.length === 0) return null
  return (
    <>
      {inDoubt.length > 0 ? (
        <Alert tone="warning" className="attr-outcome">
          <p>
            <strong>{o('inDoubtTitle')}</strong>
          </p>
          <ul>
            {inDoubt.map((edit) => (
              <li key={edit.name}>
                <bdi>
                  {o('inDoubtRow', {
                    name: edit.name,
                    mine: shownValue(edit.value, t),
                    server: shownValue(readAttribute(server, edit.name), t),
                  })}
                </bdi>{' '}
                <span className="attr-actions">
                  <Button
                    aria-label={o('checkAgainLabel', { name: edit.name })}
                    onClick={() => on.onCheckAgain([edit.name])}
                  >
                    {o('checkAgain')}
                  </Button>
                  <Button
                    aria-label={o('sendAgainLabel', { name: edit.name })}
                    onClick={() => on.onSendAgain([edit.name])}
                  >
                    {o('sendAgain')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={o('forgetLabel', { name: edit.name })}
                    onClick={() => on.onForget(edit.name)}
                  >
                    {o('forget')}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
          <p>{o('inDoubtHint')}</p>
          {inDoubt.length > 1 ? (
            <span className="attr-actions">
              <Button onClick={() => on.onCheckAgain(inDoubt.map((edit) => edit.name))}>
                {o('checkAllAgain')}
              </Button>
              <Button onClick={() => on.onSendAgain(inDoubt.map((edit) => edit.name))}>
                {o('sendAllAgain', { count: inDoubt.length })}
              </Button>
            </span>
          ) : null}
        </Alert>
      ) : null}
      {replaced.map((notice) => (
        <ReplacedNotice
          key={notice.name}
          notice={notice}
          now={readAttribute(server, notice.name)}
          t={t}
          onPutBack={on.onPutBack}
          onDismiss={on.onDismiss}
        />
      ))}
    </>
  )
}

/**
 * "Your change … replaced …", read against what the server shows now: once it has moved on from what our write left,
 * the notice says so. A put-back is staged on our value (see the panel), so it then conflicts with the newer one.
 */
function ReplacedNotice({
  notice,
  now,
  t,
  onPutBack,
  onDismiss,
}: {
  notice: ReplacedValue
  now: string | undefined
  t: Translate<AttributeMessageKey>
  onPutBack: (notice: ReplacedValue) => void
  onDismiss: (name: string) => void
}) {
  const o = useTranslate(outcomeMessages)
  return (
    <Alert tone="warning" className="attr-outcome">
      <p>
        <bdi>
          {o('replacedRow', {
            name: notice.name,
            mine: shownValue(notice.ourValue, t),
            theirs: shownValue(notice.replacedValue, t),
          })}
        </bdi>
        {now === notice.ourValue ? null : (
          <>
            {' '}
            <bdi>{o('replacedMovedOn', { server: shownValue(now, t) })}</bdi>
          </>
        )}
      </p>
      <span className="attr-actions">
        <Button aria-label={o('putBackLabel', { name: notice.name })} onClick={() => onPutBack(notice)}>
          {o('putBack')}
        </Button>
        <Button
          variant="ghost"
          aria-label={o('dismissLabel', { name: notice.name })}
          onClick={() => onDismiss(notice.name)}
        >
          {o('dismiss')}
        </Button>
      </span>
    </Alert>
  )
}
