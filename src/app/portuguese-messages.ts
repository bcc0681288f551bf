import { appMessagesPtBr } from './messages.pt-BR.ts'
import { appMessages } from './messages.ts'
import { authMessagesPtBr } from '../features/auth/messages.pt-BR.ts'
import { authMessages } from '../features/auth/messages.ts'
import { conversationMessagesPtBr } from '../features/conversation/messages.pt-BR.ts'
import { conversationMessages } from '../features/conversation/messages.ts'
import { attributeMessagesPtBr } from '../features/attributes/messages.pt-BR.ts'
import { attributeMessages } from '../features/attributes/messages.ts'
import { reviewMessagesPtBr } from '../features/attributes/components/review-messages.pt-BR.ts'
import { reviewMessages } from '../features/attributes/components/review-messages.ts'
import { rowMenuMessagesPtBr } from '../features/attributes/components/row-menu-messages.pt-BR.ts'
import { rowMenuMessages } from '../features/attributes/components/row-menu-messages.ts'
import { outcomeMessagesPtBr } from '../features/attributes/components/outcome-messages.pt-BR.ts'
import { outcomeMessages } from '../features/attributes/components/outcome-messages.ts'
import { governanceMessagesPtBr } from '../features/attributes/governance/messages.pt-BR.ts'
import { governanceMessages } from '../features/attributes/governance/messages.ts'
import { governanceToolsMessagesPtBr } from '../features/attributes/governance/tools-messages.pt-BR.ts'
import { governanceToolsMessages } from '../features/attributes/governance/tools-messages.ts'
import { customAttributesMessagesPtBr } from '../features/custom-attributes/messages.pt-BR.ts'
import { customAttributesMessages } from '../features/custom-attributes/messages.ts'
import { customAttributesLoaderMessagesPtBr } from '../features/custom-attributes/loader-messages.pt-BR.ts'
import { customAttributesLoaderMessages } from '../features/custom-attributes/loader-messages.ts'
import { desktopMessagesPtBr } from '../features/desktop/desktop-messages.pt-BR.ts'
import { desktopMessages } from '../features/desktop/desktop-messages.ts'
import { bulkFixMessagesPtBr } from '../features/bulk-fix/messages.pt-BR.ts'
import { bulkFixMessages } from '../features/bulk-fix/messages.ts'
import { findMessagesPtBr } from '../features/find-conversations/messages.pt-BR.ts'
import { findMessages } from '../features/find-conversations/messages.ts'
import { platformRecordMessagesPtBr } from '../features/platform-record/messages.pt-BR.ts'
import { platformRecordMessages } from '../features/platform-record/messages.ts'
import { translation, type Translation } from '../ui/i18n.tsx'

/**
 * Every feature's Brazilian Portuguese, in one chunk that loads only when the widget speaks Brazilian Portuguese (see load-translations.ts).
 * A new feature bundle needs its line here; translations.test.ts checks each table has exactly its bundle's keys.
 */
export const portugueseTranslations: readonly Translation[] = [
  translation(appMessages, appMessagesPtBr),
  translation(authMessages, authMessagesPtBr),
  translation(conversationMessages, conversationMessagesPtBr),
  translation(attributeMessages, attributeMessagesPtBr),
  translation(reviewMessages, reviewMessagesPtBr),
  translation(outcomeMessages, outcomeMessagesPtBr),
  translation(rowMenuMessages, rowMenuMessagesPtBr),
  translation(governanceMessages, governanceMessagesPtBr),
  translation(governanceToolsMessages, governanceToolsMessagesPtBr),
  translation(customAttributesMessages, customAttributesMessagesPtBr),
  translation(customAttributesLoaderMessages, customAttributesLoaderMessagesPtBr),
  translation(desktopMessages, desktopMessagesPtBr),
  translation(findMessages, findMessagesPtBr),
  translation(bulkFixMessages, bulkFixMessagesPtBr),
  translation(platformRecordMessages, platformRecordMessagesPtBr),
]
