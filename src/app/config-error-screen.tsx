import { Alert } from '../ui/alert.tsx'
import { useTranslate } from '../ui/i18n.tsx'
import { appMessages } from './messages.ts'

/** Shown when config.json or the launch URL cannot be used: says what is wrong and who can fix it. */
export function ConfigErrorScreen({ message }: { message: string }) {
  const t = useTranslate(appMessages)
  return (
    <main className="widget widget__main">
      <h1 className="widget__title">{t('configErrorTitle')}</h1>
      <Alert tone="error">
        <p>{message}</p>
        <p>{t('configErrorHelp')}</p>
      </Alert>
    </main>
  )
}
