import { useEffect, useId, useRef, useState, type FocusEvent } from 'react'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import type { Translate } from '../../../ui/i18n.tsx'
import type { CommitFailure, CommitOutcome } from '../api/commit-failure.ts'
import type { AttributeMessageKey } from '../messages.ts'
import { nameInMessage } from '../model/name-in-message.ts'

type T = Translate<AttributeMessageKey>

/** “a”, “b”: names as a sentence quotes them (invisible characters written out, long names cut). */
function quotedNames(names: readonly string[]): string {
  return names.map((name) => `“${nameInMessage(name)}”`).join(', ')
}

/** "Retrying in 42 s", counting down, then retrying by itself: the edits wait, the user does not have to. */
function RateLimitCountdown({
  seconds,
  stagedCount,
  t,
  onRetry,
}: {
  seconds: number
  stagedCount: number
  t: T
  onRetry: () => void
}) {
  const [left, setLeft] = useState(seconds)
  useEffect(() => {
    if (left <= 0) {
      onRetry()
      return
    }
    const timer = setTimeout(() => setLeft((value) => value - 1), 1000)
    return () => clearTimeout(timer)
  }, [left, onRetry])
  return (
    <Alert tone="warning">
      {t('error_rate_limited', { count: stagedCount, seconds: Math.max(left, 0) })}
    </Alert>
  )
}

/** The technical part (status, the server's words, a correlation id) for whoever helps the agent: not the headline. */
function FailureDetails({ detail, t }: { detail: string; t: T }) {
  if (detail === '') return null
  return (
    <details className="attr-details">
      <summary>{t('details')}</summary>
      <p>{detail}</p>
    </details>
  )
}

function failureDetail(failure: CommitFailure): string {
  return failure.problem.message || String(failure.problem.status ?? '')
}

/** A participant holding more attributes than Genesys Cloud accepts: every write to it is refused, whatever it holds. */
export interface OverAttributeLimit {
  readonly held: number
  readonly limit: number
}

function failureText(failure: CommitFailure, t: T, overLimit: OverAttributeLimit | undefined): string {
  const detail = failureDetail(failure)
  switch (failure.problem.problem) {
    case 'rejected':
      // "Correct the value" cannot help when the participant is already over the limit (a flow wrote too many).
      return overLimit
        ? t('error_rejected_overLimit', {
            names: quotedNames(failure.names),
            detail,
            held: overLimit.held,
            limit: overLimit.limit,
          })
        : t('error_rejected', { names: quotedNames(failure.names), detail })
    case 'forbidden':
      return t('error_forbidden')
    case 'not-found':
      return t('error_not_found')
    case 'unauthorized':
      return t('error_unauthorized')
    default:
      return failure.checked
        ? t('error_uncertain_checked', { landed: failure.landed.length, count: failure.names.length })
        : t('error_uncertain_unchecked')
  }
}

/** What a revert did: staged names wait for review; names the policy no longer lets this user write were left out. */
export interface RevertResult {
  readonly staged: readonly string[]
  readonly leftOut: readonly string[]
}

/** Hover or focus inside holds the note: a keyboard user tabbing to Revert must not see it vanish on the way. */
function useHeldWhileUsed() {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const handlers = {
    onMouseEnter: () => setHovered(true),
    onMouseLeave: () => setHovered(false),
    onFocus: () => setFocused(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
    },
  }
  return { held: hovered || focused, handlers }
}

/**
 * "Saved ✓ CustomerName, Tier" with Revert, then it fades and goes: the table now shows the saved values. Revert
 * only stages the previous values; the agent reviews and commits them like any edit.
 */
function SavedNote({
  names,
  t,
  onRevert,
  answerLost = false,
}: {
  names: readonly string[]
  t: T
  onRevert?: () => RevertResult
  /** Saved, but its answer never came: the server showed it afterwards. */
  answerLost?: boolean
}) {
  const [shown, setShown] = useState(true)
  const [reverted, setReverted] = useState<RevertResult | null>(null)
  const { held, handlers } = useHeldWhileUsed()
  const note = useRef<HTMLDivElement>(null)
  const textId = useId()
  // A name left out must be read, not fade away unnoticed.
  const fades = !held && (reverted?.leftOut.length ?? 0) === 0
  useEffect(() => {
    if (!fades) return
    const timer = setTimeout(() => setShown(false), 6000)
    return () => clearTimeout(timer)
  }, [fades])
  if (!shown) return null
  const revert = () => {
    if (!onRevert) return
    setReverted(onRevert())
    // The button goes; focus stays on the note (which holds it) instead of falling back to the page.
    note.current?.focus()
  }
  // Written out, as in the grid: a name with a zero-width or bidi character must not pass for another here either.
  const list = (values: readonly string[]) => values.map(nameInMessage).join(', ')
  return (
    <div
      ref={note}
      tabIndex={-1}
      className={held || !fades ? 'attr-saved is-held' : 'attr-saved'}
      {...handlers}
    >
      <div role="status" id={textId} className="attr-saved-text">
        {reverted === null ? (
          <p>{t(answerLost ? 'savedAnswerLost' : 'saved', { names: list(names) })}</p>
        ) : null}
        {reverted && reverted.staged.length > 0 ? (
          <p>{t('reverted', { count: reverted.staged.length, names: list(reverted.staged) })}</p>
        ) : null}
        {reverted && reverted.leftOut.length > 0 ? (
          <p>{t('revertLeftOut', { count: reverted.leftOut.length, names: list(reverted.leftOut) })}</p>
        ) : null}
      </div>
      {onRevert && reverted === null ? (
        <Button aria-describedby={textId} onClick={revert}>
          {t('revert')}
        </Button>
      ) : null}
    </div>
  )
}

interface CommitStatusProps {
  t: T
  /** A failure still about the present (see failureStanding); one whose writes all arrived goes in `savedDespite`. */
  failure: CommitFailure | undefined
  /** Names of a commit whose answer was lost but which the server showed afterwards: said as saved. */
  savedDespite?: readonly string[] | undefined
  outcome: CommitOutcome | undefined
  confirmingCount: number
  stagedCount: number
  /** Commit was pressed offline: nothing has left the browser yet; it goes when the connection is back. */
  waitingForNetwork?: boolean
  /** The last commit once more, with what it asked for and nothing staged since. */
  onRetry: () => void
  /** Stages the values the last commit replaced; absent, the saved note offers no Revert. */
  onRevert?: (() => RevertResult) | undefined
  /** Set when the participant already holds more attributes than the limit, so a refusal says why. */
  overLimit?: OverAttributeLimit | undefined
}

/** What the last commit did, in words that say what happened and what to do next. */
export function CommitStatus({
  t,
  failure,
  savedDespite,
  outcome,
  confirmingCount,
  stagedCount,
  waitingForNetwork = false,
  onRetry,
  onRevert,
  overLimit,
}: CommitStatusProps) {
  if (waitingForNetwork) return <Alert tone="warning">{t('commitWaitingForNetwork')}</Alert>
  // Refusals (401, 403, 404, 429) say what they say below; this is for a read that failed without an answer.
  if (failure && !failure.progress.sent && failure.problem.uncertain) {
    // The server could not be read before sending: nothing left the browser, so a plain retry is safe.
    return (
      <Alert tone="error">
        <p>{t('readFailed')}</p>
        <FailureDetails detail={failureDetail(failure)} t={t} />
        {stagedCount > 0 ? <Button onClick={onRetry}>{t('retry')}</Button> : null}
      </Alert>
    )
  }
  if (failure) {
    if (failure.problem.problem === 'rate-limited') {
      return (
        <RateLimitCountdown
          key={failure.problem.retryAfterSeconds}
          seconds={failure.problem.retryAfterSeconds ?? 30}
          stagedCount={stagedCount}
          t={t}
          onRetry={onRetry}
        />
      )
    }
    return (
      <Alert tone="error">
        <p>{failureText(failure, t, overLimit)}</p>
        {failure.problem.problem === 'rejected' ? null : (
          <FailureDetails detail={failureDetail(failure)} t={t} />
        )}
        {failure.problem.uncertain && stagedCount > 0 ? (
          <Button onClick={onRetry}>{t('retry')}</Button>
        ) : null}
      </Alert>
    )
  }
  if (savedDespite) {
    // No Revert: the values it replaced were never handed back with an answer.
    return <SavedNote key={savedDespite.join('\u0000')} names={savedDespite} t={t} answerLost />
  }
  if (!outcome) return null
  return (
    <>
      {confirmingCount === 0 && outcome.sent.length > 0 && outcome.heldBack.length === 0 ? (
        <SavedNote
          key={outcome.sent.join('\u0000')}
          names={outcome.sent}
          t={t}
          {...(onRevert ? { onRevert } : {})}
        />
      ) : null}
      {confirmingCount > 0 ? <Alert tone="info">{t('committed', { count: confirmingCount })}</Alert> : null}
      {outcome.refused && outcome.refused.length > 0 ? (
        <Alert tone="error">
          {t('policy_refused_commit', {
            names: quotedNames(outcome.refused),
          })}
        </Alert>
      ) : null}
      {outcome.unwritable && outcome.unwritable.length > 0 ? (
        <Alert tone="error">
          {t('unwritable_commit', {
            names: quotedNames(outcome.unwritable),
          })}
        </Alert>
      ) : null}
      {outcome.heldBack.length > 0 ? (
        <Alert tone="warning">{t('heldBack', { count: outcome.heldBack.length })}</Alert>
      ) : null}
      {outcome.changedSinceCommit && outcome.changedSinceCommit.length > 0 ? (
        <Alert tone="warning">
          {t('changedSinceCommit', {
            names: quotedNames(outcome.changedSinceCommit),
          })}
        </Alert>
      ) : null}
    </>
  )
}
