import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { Alert } from '../ui/alert.tsx'
import { Button } from '../ui/button.tsx'
import { useTranslate } from '../ui/i18n.tsx'
import { appMessages } from './messages.ts'

/**
 * One feature's failure stays in its box: the header, sign-out and the other features keep working, and staged
 * edits live in their store (and in storage), not in the component tree, so nothing staged is lost.
 */
export function FeatureBoundary({ children, resetKeys }: { children: ReactNode; resetKeys?: unknown[] }) {
  return (
    <ErrorBoundary
      FallbackComponent={FeatureFailed}
      {...(resetKeys ? { resetKeys } : {})}
      onError={(error) => console.error('A widget feature failed:', error)}
    >
      {children}
    </ErrorBoundary>
  )
}

function FeatureFailed({ error, resetErrorBoundary }: FallbackProps) {
  const t = useTranslate(appMessages)
  const message = error instanceof Error ? error.message : String(error)
  return (
    <Alert tone="error">
      <p>{t('featureFailed', { message })}</p>
      <Button onClick={resetErrorBoundary}>{t('tryAgain')}</Button>{' '}
      <Button variant="ghost" onClick={() => window.location.reload()}>
        {t('reload')}
      </Button>
    </Alert>
  )
}
