import { appMessagesFr } from './messages.fr.ts'
import { appMessages } from './messages.ts'
import { authMessagesFr } from '../features/auth/messages.fr.ts'
import { authMessages } from '../features/auth/messages.ts'
import { conversationMessagesFr } from '../features/conversation/messages.fr.ts'
import { conversationMessages } from '../features/conversation/messages.ts'
import { attributeMessagesFr } from '../features/attributes/messages.fr.ts'
import { attributeMessages } from '../features/attributes/messages.ts'
import { reviewMessagesFr } from '../features/attributes/components/review-messages.fr.ts'
import { reviewMessages } from '../features/attributes/components/review-messages.ts'
import { rowMenuMessagesFr } from '../features/attributes/components/row-menu-messages.fr.ts'
import { rowMenuMessages } from '../features/attributes/components/row-menu-messages.ts'
import { outcomeMessagesFr } from '../features/attributes/components/outcome-messages.fr.ts'
import { outcomeMessages } from '../features/attributes/components/outcome-messages.ts'
import { governanceMessagesFr } from '../features/attributes/governance/messages.fr.ts'
import { governanceMessages } from '../features/attributes/governance/messages.ts'
import { governanceToolsMessagesFr } from '../features/attributes/governance/tools-messages.fr.ts'
import { governanceToolsMessages } from '../features/attributes/governance/tools-messages.ts'
import { customAttributesMessagesFr } from '../features/custom-attributes/messages.fr.ts'
import { customAttributesMessages } from '../features/custom-attributes/messages.ts'
import { customAttributesLoaderMessagesFr } from '../features/custom-attributes/loader-messages.fr.ts'
import { customAttributesLoaderMessages } from '../features/custom-attributes/loader-messages.ts'
import { desktopMessagesFr } from '../features/desktop/desktop-messages.fr.ts'
import { desktopMessages } from '../features/desktop/desktop-messages.ts'
import { bulkFixMessagesFr } from '../features/bulk-fix/messages.fr.ts'
import { bulkFixMessages } from '../features/bulk-fix/messages.ts'
import { findMessagesFr } from '../features/find-conversations/messages.fr.ts'
import { findMessages } from '../features/find-conversations/messages.ts'
import { platformRecordMessagesFr } from '../features/platform-record/messages.fr.ts'
import { platformRecordMessages } from '../features/platform-record/messages.ts'
import { translation, type Translation } from '../ui/i18n.tsx'

/**
 * Every feature's French, in one chunk that loads only when the widget speaks French (see load-translations.ts).
 * A new feature bundle needs its line here; translations.test.ts checks each table has exactly its bundle's keys.
 */
export const frenchTranslations: readonly Translation[] = [
  translation(appMessages, appMessagesFr),
  translation(authMessages, authMessagesFr),
  translation(conversationMessages, conversationMessagesFr),
  translation(attributeMessages, attributeMessagesFr),
  translation(reviewMessages, reviewMessagesFr),
  translation(outcomeMessages, outcomeMessagesFr),
  translation(rowMenuMessages, rowMenuMessagesFr),
  translation(governanceMessages, governanceMessagesFr),
  translation(governanceToolsMessages, governanceToolsMessagesFr),
  translation(customAttributesMessages, customAttributesMessagesFr),
  translation(customAttributesLoaderMessages, customAttributesLoaderMessagesFr),
  translation(desktopMessages, desktopMessagesFr),
  translation(findMessages, findMessagesFr),
  translation(bulkFixMessages, bulkFixMessagesFr),
  translation(platformRecordMessages, platformRecordMessagesFr),
]
