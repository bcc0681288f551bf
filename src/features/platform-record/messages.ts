import type { MessageBundle } from '../../ui/i18n.tsx'

const en = {
  heading: 'What analytics keeps',
  intro:
    'Analytics does not keep attributes set after a conversation ended: reports and exports built on analytics show the kept values.',
  introActive: 'This conversation is still active: analytics keeps the values it has when it ends.',
  compare: 'Compare with analytics',
  loading: 'Asking analytics…',
  tableLabel: 'Kept by analytics and live values of {participant}',
  colName: 'Name',
  colLive: 'Live value',
  colKept: 'Kept by analytics',
  colStatus: 'Status',
  status_kept: 'kept by analytics',
  'status_live-only': 'live only',
  'status_kept-only': 'kept by analytics only',
  absent: '(not set)',
  nothing: 'Analytics has no attributes for this participant.',
  forbidden:
    'Genesys Cloud refused the analytics request: your role lacks the permission {permission}. Ask your Genesys Cloud admin to add it.',
  failed: 'Analytics could not be asked: {message}',
}

export type PlatformRecordMessageKey = keyof typeof en

export const platformRecordMessages: MessageBundle<PlatformRecordMessageKey> = { id: 'platform-record', en }
