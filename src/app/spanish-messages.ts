import { appMessagesEs } from './messages.es.ts'
import { appMessages } from './messages.ts'
import { authMessagesEs } from '../features/auth/messages.es.ts'
import { authMessages } from '../features/auth/messages.ts'
import { conversationMessagesEs } from '../features/conversation/messages.es.ts'
import { conversationMessages } from '../features/conversation/messages.ts'
import { attributeMessagesEs } from '../features/attributes/messages.es.ts'
import { attributeMessages } from '../features/attributes/messages.ts'
import { reviewMessagesEs } from '../features/attributes/components/review-messages.es.ts'
import { reviewMessages } from '../features/attributes/components/review-messages.ts'
import { rowMenuMessagesEs } from '../features/attributes/components/row-menu-messages.es.ts'
import { rowMenuMessages } from '../features/attributes/components/row-menu-messages.ts'
import { outcomeMessagesEs } from '../features/attributes/components/outcome-messages.es.ts'
import { outcomeMessages } from '../features/attributes/components/outcome-messages.ts'
import { governanceMessagesEs } from '../features/attributes/governance/messages.es.ts'
import { governanceMessages } from '../features/attributes/governance/messages.ts'
import { governanceToolsMessagesEs } from '../features/attributes/governance/tools-messages.es.ts'
import { governanceToolsMessages } from '../features/attributes/governance/tools-messages.ts'
import { customAttributesMessagesEs } from '../features/custom-attributes/messages.es.ts'
import { customAttributesMessages } from '../features/custom-attributes/messages.ts'
import { customAttributesLoaderMessagesEs } from '../features/custom-attributes/loader-messages.es.ts'
import { customAttributesLoaderMessages } from '../features/custom-attributes/loader-messages.ts'
import { desktopMessagesEs } from '../features/desktop/desktop-messages.es.ts'
import { desktopMessages } from '../features/desktop/desktop-messages.ts'
import { bulkFixMessagesEs } from '../features/bulk-fix/messages.es.ts'
import { bulkFixMessages } from '../features/bulk-fix/messages.ts'
import { findMessagesEs } from '../features/find-conversations/messages.es.ts'
import { findMessages } from '../features/find-conversations/messages.ts'
import { platformRecordMessagesEs } from '../features/platform-record/messages.es.ts'
import { platformRecordMessages } from '../features/platform-record/messages.ts'
import { translation, type Translation } from '../ui/i18n.tsx'

/**
 * Every feature's Spanish, in one chunk that loads only when the widget speaks Spanish (see load-translations.ts).
 * A new feature bundle needs its line here; translations.test.ts checks each table has exactly its bundle's keys.
 */
export const spanishTranslations: readonly Translation[] = [
  translation(appMessages, appMessagesEs),
  translation(authMessages, authMessagesEs),
  translation(conversationMessages, conversationMessagesEs),
  translation(attributeMessages, attributeMessagesEs),
  translation(reviewMessages, reviewMessagesEs),
  translation(outcomeMessages, outcomeMessagesEs),
  translation(rowMenuMessages, rowMenuMessagesEs),
  translation(governanceMessages, governanceMessagesEs),
  translation(governanceToolsMessages, governanceToolsMessagesEs),
  translation(customAttributesMessages, customAttributesMessagesEs),
  translation(customAttributesLoaderMessages, customAttributesLoaderMessagesEs),
  translation(desktopMessages, desktopMessagesEs),
  translation(findMessages, findMessagesEs),
  translation(bulkFixMessages, bulkFixMessagesEs),
  translation(platformRecordMessages, platformRecordMessagesEs),
]
