import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import type { RowActions } from './row-actions.ts'
import { rowMenuMessages } from './row-menu-messages.ts'
import { toE164 } from './phone-number.ts'

export interface RowMenuProps {
  row: AttributeRow
  t: Translate<AttributeMessageKey>
  actions: RowActions
  editable: boolean
  clearHintId: string
  /** Closes the menu; `message` is said once (e.g. "Copied"); focus goes back to the row unless it went elsewhere. */
  onDone: (message?: string, returnFocus?: boolean) => void
}

interface Item {
  key: string
  label: string
  text: string
  describedBy?: string
  run: () => Promise<string | undefined> | string | undefined
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * A row's actions as an ARIA menu: arrows move, Enter runs, Escape closes; focus returns to the row's cell.
 * Copy value copies what is shown: a masked value is not offered (its dots are not the value).
 */
export function RowMenu({ row, t, actions, editable, clearHintId, onDone }: RowMenuProps) {
  const list = useRef<HTMLDivElement>(null)
  const tm = useTranslate(rowMenuMessages)
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [])
  const copied = async (text: string) => ((await copy(text)) ? tm('copied') : tm('copyFailed'))
  const phone = row.access === 'masked' ? undefined : toE164(row.displayedValue)
  const items: Item[] = [
    ...(row.access !== 'masked'
      ? [
          {
            key: 'copy-value',
            label: tm('copyValueLabel', { name: row.name }),
            text: tm('copyValue'),
            run: () => copied(row.displayedValue),
          },
        ]
      : []),
    ...(phone
      ? [
          {
            key: 'copy-e164',
            label: tm('copyE164Label', { name: row.name, number: phone }),
            text: tm('copyE164', { number: phone }),
            run: () => copied(phone),
          },
        ]
      : []),
    {
      key: 'copy-name',
      label: tm('copyNameLabel', { name: row.name }),
      text: tm('copyName'),
      run: () => copied(row.name),
    },
    ...(row.access === 'masked' && actions.reveal
      ? [
          {
            key: 'reveal',
            label: t('reveal_label', { name: row.name, seconds: actions.revealSeconds ?? 10 }),
            text: t('reveal'),
            run: () => {
              actions.reveal?.(row.name)
              return undefined
            },
          },
        ]
      : []),
    ...(row.edit && editable
      ? [
          {
            key: 'undo',
            label: t('undoRowLabel', { name: row.name }),
            text: t('undoRow'),
            run: () => {
              actions.undo(row.name)
              return undefined
            },
          },
        ]
      : []),
    ...(editable && row.displayedValue !== ''
      ? [
          {
            key: 'clear',
            label: t('clearValueLabel', { name: row.name }),
            text: t('clearValue'),
            describedBy: clearHintId,
            run: () => {
              actions.stage(row.name, '')
              return undefined
            },
          },
        ]
      : []),
  ]
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = entries.indexOf(document.activeElement as HTMLElement)
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % entries.length,
      ArrowUp: (at - 1 + entries.length) % entries.length,
      Home: 0,
      End: entries.length - 1,
    }
    const target = moves[event.key]
    event.stopPropagation()
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      onDone()
    } else if (target !== undefined) {
      event.preventDefault()
      entries[target]?.focus()
    }
  }
  return (
    <div
      ref={list}
      role="menu"
      className="attr-menu"
      aria-label={t('rowActionsLabel', { name: row.name })}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onDone(undefined, false)
      }}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="attr-menu-item"
          aria-label={item.label}
          aria-describedby={item.describedBy}
          onClick={() => void Promise.resolve(item.run()).then((message) => onDone(message))}
        >
          {item.text}
        </button>
      ))}
    </div>
  )
}
