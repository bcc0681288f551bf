import { appMessagesDe } from './messages.de.ts'
import { appMessages } from './messages.ts'
import { authMessagesDe } from '../features/auth/messages.de.ts'
import { authMessages } from '../features/auth/messages.ts'
import { conversationMessagesDe } from '../features/conversation/messages.de.ts'
import { conversationMessages } from '../features/conversation/messages.ts'
import { attributeMessagesDe } from '../features/attributes/messages.de.ts'
import { attributeMessages } from '../features/attributes/messages.ts'
import { reviewMessagesDe } from '../features/attributes/components/review-messages.de.ts'
import { reviewMessages } from '../features/attributes/components/review-messages.ts'
import { rowMenuMessagesDe } from '../features/attributes/components/row-menu-messages.de.ts'
import { rowMenuMessages } from '../features/attributes/components/row-menu-messages.ts'
import { outcomeMessagesDe } from '../features/attributes/components/outcome-messages.de.ts'
import { outcomeMessages } from '../features/attributes/components/outcome-messages.ts'
import { governanceMessagesDe } from '../features/attributes/governance/messages.de.ts'
import { governanceMessages } from '../features/attributes/governance/messages.ts'
import { governanceToolsMessagesDe } from '../features/attributes/governance/tools-messages.de.ts'
import { governanceToolsMessages } from '../features/attributes/governance/tools-messages.ts'
import { customAttributesMessagesDe } from '../features/custom-attributes/messages.de.ts'
import { customAttributesMessages } from '../features/custom-attributes/messages.ts'
import { customAttributesLoaderMessagesDe } from '../features/custom-attributes/loader-messages.de.ts'
import { customAttributesLoaderMessages } from '../features/custom-attributes/loader-messages.ts'
import { desktopMessagesDe } from '../features/desktop/desktop-messages.de.ts'
import { desktopMessages } from '../features/desktop/desktop-messages.ts'
import { bulkFixMessagesDe } from '../features/bulk-fix/messages.de.ts'
import { bulkFixMessages } from '../features/bulk-fix/messages.ts'
import { findMessagesDe } from '../features/find-conversations/messages.de.ts'
import { findMessages } from '../features/find-conversations/messages.ts'
import { platformRecordMessagesDe } from '../features/platform-record/messages.de.ts'
import { platformRecordMessages } from '../features/platform-record/messages.ts'
import { translation, type Translation } from '../ui/i18n.tsx'

/**
 * Every feature's German, in one chunk that loads only when the widget speaks German (see load-translations.ts).
 * A new feature bundle needs its line here; translations.test.ts checks each table has exactly its bundle's keys.
 */
export const germanTranslations: readonly Translation[] = [
  translation(appMessages, appMessagesDe),
  translation(authMessages, authMessagesDe),
  translation(conversationMessages, conversationMessagesDe),
  translation(attributeMessages, attributeMessagesDe),
  translation(reviewMessages, reviewMessagesDe),
  translation(outcomeMessages, outcomeMessagesDe),
  translation(rowMenuMessages, rowMenuMessagesDe),
  translation(governanceMessages, governanceMessagesDe),
  translation(governanceToolsMessages, governanceToolsMessagesDe),
  translation(customAttributesMessages, customAttributesMessagesDe),
  translation(customAttributesLoaderMessages, customAttributesLoaderMessagesDe),
  translation(desktopMessages, desktopMessagesDe),
  translation(findMessages, findMessagesDe),
  translation(bulkFixMessages, bulkFixMessagesDe),
  translation(platformRecordMessages, platformRecordMessagesDe),
]
