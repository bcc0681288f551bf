import type { MessageBundle } from '../../ui/i18n.tsx'

const en = {
  findHeading: 'Find conversations',
  customerLabel: 'Customer phone or name',
  queueLabel: 'Queue',
  agentLabel: 'Agent',
  mediaLabel: 'Media',
  anyOption: 'Any',
  fromLabel: 'From',
  toLabel: 'To',
  attributeNameLabel: 'Participant attribute',
  attributeValueLabel: 'Has the value',
  attributeHint: 'Only attributes your admin made searchable can be searched.',
  searchButton: 'Search',
  mineButton: 'My active conversations',
  searching: 'Searching…',
  resultsHeading: 'Search results',
  resultsCount: { one: '{count} conversation found', other: '{count} conversations found' },
  resultsCountSome: { one: '{count} conversation shown', other: '{count} conversations shown' },
  noResults: 'No conversation matches. Widen the time range or remove a filter.',
  showMore: 'Show more',
  fixAll: { one: 'Correct the {count} conversation…', other: 'Correct all {count} conversations…' },
  fixAllPaged: 'Correct every conversation of this result…',
  collecting: 'Collecting every conversation of this result…',
  openResult: 'Open {label}',
  media_voice: 'call',
  media_message: 'message',
  media_chat: 'chat',
  media_email: 'email',
  media_callback: 'callback',
  media_video: 'video',
  stateActive: 'active',
  stateEnded: 'ended',
  unknownCustomer: 'unknown customer',
  noQueue: 'no queue',
  noAgent: 'no agent',
  forbidden:
    'Genesys Cloud refused this search: your role lacks the permission {permission}. Ask your Genesys Cloud admin to add it to your role.',
  notSearchable:
    'The attribute {name} is not searchable. An admin makes attributes searchable in Genesys Cloud; until then search by customer, queue, agent or time.',
  searchFailed: 'The search failed: {message}',
  recentHeading: 'Recently opened',
  recentCurrent: '(open now)',
}

export type FindMessageKey = keyof typeof en

export const findMessages: MessageBundle<FindMessageKey> = { id: 'find-conversations', en }
