import { escapeHtml } from '../http/respond.ts'
import type { EmulatorUser } from '../state/users.ts'

/** The emulator's sign-in page: pick one of the fixed users. Plain HTML form, no script, labelled controls. */
export function renderLoginPage(input: {
  hiddenFields: Record<string, string>
  users: readonly EmulatorUser[]
  clientId: string
  errorMessage?: string
}): string {
  const hidden = Object.entries(input.hiddenFields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ')
  const choices = input.users
    .map(
      (user, index) => `<div class="choice">
          <input type="radio" id="user-${index}" name="user_id" value="${escapeHtml(user.id)}"${index === 0 ? ' checked' : ''}>
          <label for="user-${index}">${escapeHtml(user.name)} <span>${escapeHtml(user.email)} · ${escapeHtml(user.title)}</span></label>
        </div>`,
    )
    .join('\n        ')
  const error = input.errorMessage
    ? `<p role="alert" class="error">${escapeHtml(input.errorMessage)}</p>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sign in – Genesys Cloud emulator</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d1f23; }
    main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
    h1 { font-size: 1.4rem; margin-top: 0; }
    fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; }
    legend { font-weight: 600; margin-bottom: .5rem; }
    .choice { display: flex; gap: .5rem; align-items: baseline; padding: .4rem 0; }
    .choice span { display: block; color: #4b5058; font-size: .875rem; }
    .actions { display: flex; gap: .75rem; }
    button { font: inherit; padding: .5rem 1.25rem; border-radius: 4px; border: 1px solid #1f5fbf; cursor: pointer; }
    button[value="allow"] { background: #1f5fbf; color: #fff; }
    button[value="deny"] { background: #fff; color: #1f5fbf; }
    button:focus-visible, input:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
    .error { color: #a4161a; }
    .note { color: #4b5058; font-size: .875rem; }
  </style>
</head>
<body>
  <main>
    <h1>Sign in to Genesys Cloud (emulator)</h1>
    <p class="note">Local emulator. Application <strong>${escapeHtml(input.clientId)}</strong> asks to act on your behalf.</p>
    ${error}
    <form method="post" action="/oauth/authorize">
      ${hidden}
      <fieldset>
        <legend>Choose a user</legend>
        ${choices}
      </fieldset>
      <div class="actions">
        <button type="submit" name="decision" value="allow">Sign in</button>
        <button type="submit" name="decision" value="deny">Cancel</button>
      </div>
    </form>
  </main>
</body>
</html>
`
}

export function renderErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign-in error – Genesys Cloud emulator</title></head>
<body>
  <main>
    <h1>Sign-in error</h1>
    <p role="alert">${escapeHtml(message)}</p>
    <p>This request cannot be sent back to the application, because its client or redirect URI is not valid.</p>
  </main>
</body>
</html>
`
}
