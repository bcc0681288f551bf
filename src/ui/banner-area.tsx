import { useState, type ReactNode } from 'react'

export interface Notice {
  /** Stable while the notice stands: a dismissed key stays dismissed, a new one shows again. */
  key: string
  tone: 'warning' | 'info'
  content: ReactNode
}

/**
 * The panel's one banner: every standing notice (ended call, live updates down, not covered...) in one box,
 * dismissible as a whole (a notice that arrives later shows again). Errors are not notices: they stay with the
 * action that failed.
 */
export function BannerArea({
  notices,
  label,
  dismissLabel,
}: {
  notices: readonly Notice[]
  label: string
  dismissLabel: string
}) {
  const [dismissed, setDismissed] = useState<readonly string[]>([])
  const shown = notices.filter((notice) => !dismissed.includes(notice.key))
  if (shown.length === 0) return null
  const tone = shown.some((notice) => notice.tone === 'warning') ? 'warning' : 'info'
  return (
    <section className="banner" data-tone={tone} aria-label={label}>
      <div className="banner__body" role="status">
        {shown.map((notice) => (
          <div key={notice.key} className="banner__notice">
            {notice.content}
          </div>
        ))}
      </div>
      <div className="banner__actions">
        <button
          type="button"
          className="banner__button"
          aria-label={dismissLabel}
          onClick={() => setDismissed([...dismissed, ...shown.map((notice) => notice.key)])}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </section>
  )
}
