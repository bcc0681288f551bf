import type { DragEvent, ReactNode } from 'react'
import './list-input.css'

export interface ListInputProps {
  id: string
  label: ReactNode
  hint: ReactNode
  fileLabel: ReactNode
  value: string
  rows: number
  onChange: (text: string) => void
  /** A file was chosen or dropped, and read: its text replaces the box's. */
  onFileText: (text: string) => void
  /** The browser could not read the file; without this, the box stays as it was. */
  onUnreadable?: () => void
  /** The action buttons beside the file chooser (e.g. "Stage corrections"). */
  children: ReactNode
}

/**
 * A list pasted, dropped or chosen as a file, for the bulk corrections of participant data and of conversation
 * data: the same box, drop target and file chooser, so both take files the same way.
 */
export function ListInput(props: ListInputProps) {
  const readFile = (file: File | undefined) => {
    if (!file) return
    file.text().then(props.onFileText, () => props.onUnreadable?.())
  }
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    if (event.dataTransfer.files.length === 0) return
    event.preventDefault()
    readFile(event.dataTransfer.files[0])
  }
  return (
    <>
      <label htmlFor={`${props.id}-text`}>{props.label}</label>
      <textarea
        id={`${props.id}-text`}
        className="list-input__text"
        rows={props.rows}
        spellCheck={false}
        value={props.value}
        aria-describedby={`${props.id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
      />
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
      <div className="list-input__actions">
        <label className="button list-input__file">
          {props.fileLabel}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
            onChange={(event) => readFile(event.target.files?.[0])}
          />
        </label>
        {props.children}
      </div>
    </>
  )
}
