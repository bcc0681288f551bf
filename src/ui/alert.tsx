import type { ReactNode } from 'react'

type Tone = 'error' | 'warning' | 'success' | 'info'

/** Errors and warnings are announced (role="alert"); success and info politely (role="status"). */
export function Alert({
  tone,
  children,
  className,
}: {
  tone: Tone
  children: ReactNode
  className?: string
}) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status'
  return (
    <div role={role} data-tone={tone} className={['alert', className].filter(Boolean).join(' ')}>
      {children}
    </div>
  )
}
