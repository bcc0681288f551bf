import { sessionStore } from '../../../lib/session-store.ts'

/*
 * Where the bulk correction journal lives, apart from its schema: sign-out forgets it from the first screen's code,
 * which must not carry the journal's zod schema (it loads with the bulk correction screen).
 */
export const journalStorageKey = 'pdw.bulk-fix.journal.v1'

/** Sign-out: nothing of this user's bulk run stays in the tab. */
export function forgetBulkJournal(): void {
  sessionStore().storage.removeItem(journalStorageKey)
}
