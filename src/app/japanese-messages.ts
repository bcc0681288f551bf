import { appMessagesJa } from './messages.ja.ts'
import { appMessages } from './messages.ts'
import { authMessagesJa } from '../features/auth/messages.ja.ts'
import { authMessages } from '../features/auth/messages.ts'
import { conversationMessagesJa } from '../features/conversation/messages.ja.ts'
import { conversationMessages } from '../features/conversation/messages.ts'
import { attributeMessagesJa } from '../features/attributes/messages.ja.ts'
import { attributeMessages } from '../features/attributes/messages.ts'
import { reviewMessagesJa } from '../features/attributes/components/review-messages.ja.ts'
import { reviewMessages } from '../features/attributes/components/review-messages.ts'
import { rowMenuMessagesJa } from '../features/attributes/components/row-menu-messages.ja.ts'
import { rowMenuMessages } from '../features/attributes/components/row-menu-messages.ts'
import { outcomeMessagesJa } from '../features/attributes/components/outcome-messages.ja.ts'
import { outcomeMessages } from '../features/attributes/components/outcome-messages.ts'
import { governanceMessagesJa } from '../features/attributes/governance/messages.ja.ts'
import { governanceMessages } from '../features/attributes/governance/messages.ts'
import { governanceToolsMessagesJa } from '../features/attributes/governance/tools-messages.ja.ts'
import { governanceToolsMessages } from '../features/attributes/governance/tools-messages.ts'
import { customAttributesMessagesJa } from '../features/custom-attributes/messages.ja.ts'
import { customAttributesMessages } from '../features/custom-attributes/messages.ts'
import { customAttributesLoaderMessagesJa } from '../features/custom-attributes/loader-messages.ja.ts'
import { customAttributesLoaderMessages } from '../features/custom-attributes/loader-messages.ts'
import { desktopMessagesJa } from '../features/desktop/desktop-messages.ja.ts'
import { desktopMessages } from '../features/desktop/desktop-messages.ts'
import { bulkFixMessagesJa } from '../features/bulk-fix/messages.ja.ts'
import { bulkFixMessages } from '../features/bulk-fix/messages.ts'
import { findMessagesJa } from '../features/find-conversations/messages.ja.ts'
import { findMessages } from '../features/find-conversations/messages.ts'
import { platformRecordMessagesJa } from '../features/platform-record/messages.ja.ts'
import { platformRecordMessages } from '../features/platform-record/messages.ts'
import { translation, type Translation } from '../ui/i18n.tsx'

/**
 * Every feature's Japanese, in one chunk that loads only when the widget speaks Japanese (see load-translations.ts).
 * A new feature bundle needs its line here; translations.test.ts checks each table has exactly its bundle's keys.
 */
export const japaneseTranslations: readonly Translation[] = [
  translation(appMessages, appMessagesJa),
  translation(authMessages, authMessagesJa),
  translation(conversationMessages, conversationMessagesJa),
  translation(attributeMessages, attributeMessagesJa),
  translation(reviewMessages, reviewMessagesJa),
  translation(outcomeMessages, outcomeMessagesJa),
  translation(rowMenuMessages, rowMenuMessagesJa),
  translation(governanceMessages, governanceMessagesJa),
  translation(governanceToolsMessages, governanceToolsMessagesJa),
  translation(customAttributesMessages, customAttributesMessagesJa),
  translation(customAttributesLoaderMessages, customAttributesLoaderMessagesJa),
  translation(desktopMessages, desktopMessagesJa),
  translation(findMessages, findMessagesJa),
  translation(bulkFixMessages, bulkFixMessagesJa),
  translation(platformRecordMessages, platformRecordMessagesJa),
]
