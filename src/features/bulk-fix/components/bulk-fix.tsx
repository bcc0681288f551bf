import { useCallback, useId, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { Requester } from '../../../genesys/request.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import type { AccessOf } from '../../attributes/bulk-correction-seam.ts'
import { parseCorrections, type Correction } from '../model/bulk-input.ts'
import { reportCsv, reportJson } from '../model/report-export.ts'
import { newJournal, progressOf, type Journal, type JournalItem } from '../model/run-journal.ts'
import { dryRun, runJournal, type RunnerDeps } from '../run/bulk-runner.ts'
import { createRateBudget, realClock } from '../run/rate-budget.ts'
import type { RateBudgetHolder } from '../run/rate-budget-holder.ts'
import { createJournalStore, type JournalStore } from '../store/journal-store.ts'
import { bulkFixMessages, type BulkFixMessageKey } from '../messages.ts'
import '../bulk-fix.css'
import { downloadFile } from '../../../lib/download-file.ts'

export interface BulkTarget {
  readonly conversationId: string
  /** As the search labelled it: what the report and the table show. */
  readonly label: string
}

export interface BulkFixProps {
  request: Requester
  /** The session's request budget, shared with every bulk run of the session (made here on first use). */
  budgets: RateBudgetHolder
  accessOf: AccessOf
  /** Conversations of a search result to apply one set of values to; empty: the file form. */
  targets: readonly BulkTarget[]
}

const purposes = ['customer', 'agent', 'acd', 'ivr'] as const

function valuesFromLines(text: string) {
  return createAttributeMap(
    text.split(/\r?\n/).flatMap((line) => {
      const at = line.indexOf('=')
      if (at <= 0) return []
      return [[line.slice(0, at).trim(), line.slice(at + 1)] as const]
    }),
  )
}

/** Dry run, then a paced, pausable, resumable run, then the report: for many conversations at once. */
export function BulkFix(props: BulkFixProps) {
  const [store] = useState<JournalStore>(() => createJournalStore())
  const journal = useStore(store, (s) => s.journal)
  const t = useTranslate(bulkFixMessages)
  const pauseRef = useRef(false)
  const [busy, setBusy] = useState<'dry-run' | 'run' | undefined>()
  const [pausing, setPausing] = useState(false)
  // A journal found 'running' or 'planning' at mount was cut off by a reload: offered to resume, not run by itself.
  const [interrupted] = useState(() => journal?.phase === 'running' || journal?.phase === 'planning')

  const deps = useCallback(
    (): RunnerDeps => ({
      request: props.request,
      budget: props.budgets.budget(() => createRateBudget()),
      clock: realClock,
      accessOf: props.accessOf,
      read: () => {
        const current = store.getState().journal
        if (!current) throw new Error('no bulk correction journal')
        return current
      },
      save: (next) => store.getState().save(next),
      shouldPause: () => pauseRef.current,
    }),
    [props.request, props.budgets, props.accessOf, store],
  )

  const startDryRun = async (corrections: readonly Correction[], labels: ReadonlyMap<string, string>) => {
    store.getState().save(
      newJournal(
        crypto.randomUUID(),
        Date.now(),
        corrections.map((c) => ({ ...c, label: labels.get(c.conversationId) })),
      ),
    )
    setBusy('dry-run')
    try {
      await dryRun(deps())
    } finally {
      setBusy(undefined)
    }
  }
  const startRun = async () => {
    pauseRef.current = false
    setPausing(false)
    setBusy('run')
    try {
      await runJournal(deps())
    } finally {
      setBusy(undefined)
      setPausing(false)
    }
  }
  const recheck = async () => {
    setBusy('dry-run')
    try {
      await dryRun(deps())
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <section className="bulk-fix" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      {!journal ? (
        <BulkInput targets={props.targets} onDryRun={(c, labels) => void startDryRun(c, labels)} />
      ) : journal.phase === 'planning' ? (
        busy ? (
          <Checking journal={journal} t={t} />
        ) : (
          <>
            <Alert tone="warning">{t('interrupted')}</Alert>
            <Button onClick={() => void recheck()}>{t('dryRun')}</Button>
            <Button onClick={() => store.getState().discard()}>{t('discard')}</Button>
          </>
        )
      ) : (
        <JournalView
          journal={journal}
          t={t}
          running={busy === 'run'}
          pausing={pausing}
          interrupted={interrupted && busy !== 'run' && journal.phase === 'running'}
          onRun={() => void startRun()}
          onPause={() => {
            pauseRef.current = true
            setPausing(true)
          }}
          onDiscard={() => store.getState().discard()}
        />
      )}
    </section>
  )
}

function Checking({ journal, t }: { journal: Journal; t: Translate<BulkFixMessageKey> }) {
  const done = journal.items.filter(
    (i) => i.diff.length > 0 || i.status !== 'planned' || i.seen.length > 0,
  ).length
  return <p role="status">{t('checking', { done, total: journal.items.length })}</p>
}

function BulkInput({
  targets,
  onDryRun,
}: {
  targets: readonly BulkTarget[]
  onDryRun: (corrections: readonly Correction[], labels: ReadonlyMap<string, string>) => void
}) {
  const t = useTranslate(bulkFixMessages)
  const id = useId()
  const [values, setValues] = useState('')
  const [purpose, setPurpose] = useState<string>('customer')
  const [pasted, setPasted] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const labels = new Map(targets.map((target) => [target.conversationId, target.label]))

  const submit = () => {
    if (targets.length > 0) {
      const map = valuesFromLines(values)
      if (Object.keys(map).length === 0) return setProblem(t('nothingToDo'))
      onDryRun(
        targets.map((target) => ({
          conversationId: target.conversationId,
          purpose,
          values: map,
          expected: createAttributeMap(),
        })),
        labels,
      )
      return
    }
    const parsed = parseCorrections(pasted)
    if (parsed.corrections.length === 0) return setProblem(t('nothingToDo'))
    setProblem(parsed.problems.length > 0 ? t('inputProblems', { count: parsed.problems.length }) : undefined)
    onDryRun(parsed.corrections, labels)
  }

  return (
    <div className="bulk-input">
      {targets.length > 0 ? (
        <>
          <p>{t('fromSearch', { count: targets.length })}</p>
          <label htmlFor={`${id}-purpose`}>{t('purposeLabel')}</label>
          <select id={`${id}-purpose`} value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {purposes.map((p) => (
              <option key={p} value={p}>
                {t(`purpose_${p}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-values`}>{t('valuesLabel')}</label>
          <textarea id={`${id}-values`} rows={3} value={values} onChange={(e) => setValues(e.target.value)} />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${id}-hint`}
            onChange={(e) => void e.target.files?.[0]?.text().then(setPasted)}
          />
          <label htmlFor={`${id}-paste`}>{t('pasteLabel')}</label>
          <textarea id={`${id}-paste`} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <p id={`${id}-hint`} className="hint">
            {t('fileHint')}
          </p>
        </>
      )}
      {problem ? <Alert tone="warning">{problem}</Alert> : null}
      <Button variant="primary" onClick={submit}>
        {t('dryRun')}
      </Button>
    </div>
  )
}

function changesText(item: JournalItem, t: Translate<BulkFixMessageKey>): string {
  if (item.diff.length === 0) return t('none')
  return item.diff.map((d) => `${d.name}: ${d.from ?? t('none')} → ${d.to}`).join('; ')
}

function JournalView(props: {
  journal: Journal
  t: Translate<BulkFixMessageKey>
  running: boolean
  pausing: boolean
  interrupted: boolean
  onRun: () => void
  onPause: () => void
  onDiscard: () => void
}) {
  const { journal, t } = props
  const progress = progressOf(journal, journal.runMs)
  const s = progress.byStatus
  const started = journal.runStartedAt !== undefined
  return (
    <div className="bulk-journal">
      {journal.phase === 'planned' ? (
        <p role="status">
          {t('dryRunSummary', {
            planned: s.planned,
            unchanged: s.unchanged,
            conflicts: s.conflict,
            refused: s.refused,
            missing: s.missing + s.failed,
          })}
        </p>
      ) : null}
      {started ? (
        <div className="bulk-progress">
          <progress aria-label={t('progressLabel')} max={progress.total} value={progress.finished} />
          <p role="status">
            {t('progress', { done: progress.finished, total: progress.total })}
            {progress.msLeft !== undefined && journal.phase !== 'finished'
              ? ` · ${t('timeLeft', { seconds: Math.ceil(progress.msLeft / 1000) })}`
              : ''}
          </p>
        </div>
      ) : null}
      {props.pausing && props.running ? <p className="hint">{t('pausing')}</p> : null}
      {journal.phase === 'paused' && !props.running ? (
        <Alert tone="info">{t('paused', { done: progress.finished, total: progress.total })}</Alert>
      ) : null}
      {props.interrupted ? <Alert tone="warning">{t('interrupted')}</Alert> : null}
      {journal.phase === 'finished' ? (
        <>
          <Alert tone="success">
            {t('finished', {
              done: s.done,
              unchanged: s.unchanged,
              conflicts: s.conflict,
              refused: s.refused,
              unconfirmed: s.unconfirmed,
              failed: s.failed + s.missing,
            })}
          </Alert>
          <p className="hint">{t('requests', { count: journal.requests })}</p>
        </>
      ) : null}
      <div className="bulk-actions">
        {journal.phase === 'planned' && s.planned > 0 ? (
          <Button variant="primary" onClick={props.onRun}>
            {t('run')}
          </Button>
        ) : null}
        {props.running ? (
          <Button onClick={props.onPause} disabled={props.pausing}>
            {t('pause')}
          </Button>
        ) : null}
        {!props.running && (journal.phase === 'paused' || journal.phase === 'running') ? (
          <Button variant="primary" onClick={props.onRun}>
            {t('resume')}
          </Button>
        ) : null}
        {journal.phase === 'finished' ? (
          <>
            <Button
              onClick={() =>
                downloadFile(reportCsv(journal), 'text/csv;charset=utf-8', 'bulk-correction-report.csv')
              }
            >
              {t('exportCsv')}
            </Button>
            <Button
              onClick={() =>
                downloadFile(reportJson(journal), 'application/json', 'bulk-correction-report.json')
              }
            >
              {t('exportJson')}
            </Button>
          </>
        ) : null}
        {!props.running ? (
          <Button onClick={props.onDiscard}>
            {journal.phase === 'finished' ? t('startNew') : t('discard')}
          </Button>
        ) : null}
      </div>
      <table className="bulk-table" aria-label={t('tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('colConversation')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colChanges')}</th>
            <th scope="col">{t('colConflicts')}</th>
            <th scope="col">{t('colRefused')}</th>
          </tr>
        </thead>
        <tbody>
          {journal.items.map((item) => (
            <tr key={item.conversationId}>
              <th scope="row">{item.label ?? item.conversationId}</th>
              <td>{t(`status_${item.status}`)}</td>
              <td>{changesText(item, t)}</td>
              <td>{item.conflicts.length > 0 ? item.conflicts.join(', ') : t('none')}</td>
              <td>{item.refused.length > 0 ? item.refused.join(', ') : t('none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
