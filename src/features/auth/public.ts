// The one module other features may import from auth (lint enforces it: docs/decisions/0020-one-way-imports.md).
// A feature that builds its own Genesys client needs the session's token and its one re-authentication on a 401.
export { useAuthContext } from './components/auth-provider.tsx'
// The app's early conversation read (src/app/early-read) checks that it used the token the session holds.
export { tokenRecordSchema, tokenStorageKey } from './session/token-record.ts'
