import { useState } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { AttributeMessageKey } from '../messages.ts'
import type { JsonDetailsProps } from './json-details.tsx'
import { looksLikeJsonContainer } from './json-value.ts'

// The bounded formatter is a chunk of its own, fetched the first time a value looks like JSON.
const jsonDetails = loadOnDemand<JsonDetailsProps>(() =>
  import('./json-details.tsx').then((module) => module.JsonDetails),
)

/** Under a value that looks like JSON: its formatted form, on request. */
export function JsonNote({ value, t }: { value: string; t: Translate<AttributeMessageKey> }) {
  const [open, setOpen] = useState(false)
  const json = looksLikeJsonContainer(value)
  const loaded = jsonDetails.useOnDemand(json)
  if (!json || loaded.status !== 'loaded') return null
  return <loaded.component value={value} t={t} open={open} onToggle={setOpen} />
}
