// What `npm start` says when one of its two processes ends: the other cannot work alone, so both stop, and the
// reason is the last thing on screen rather than a bare exit code between log lines.

/**
 * @param {string} name 'emulator' or 'widget'
 * @param {number | null} code the exit code, null when a signal ended it
 * @param {string | null} signal
 * @param {boolean} stopping true when we asked it to stop (Ctrl+C), so nothing went wrong
 * @returns {string}
 */
export function describeChildExit(name, code, signal, stopping) {
  if (stopping) return `[${name}] stopped.`
  const how = signal ? `was ended by ${signal}` : `exited with code ${code ?? 'unknown'}`
  const other = name === 'emulator' ? "the widget's dev server" : 'the emulator'
  const hint =
    name === 'emulator'
      ? 'The widget cannot sign in or load anything without it. See the [emulator] lines above for the cause.'
      : 'See the [widget] lines above for the cause.'
  return [
    '',
    `  The ${name} stopped unexpectedly: it ${how}.`,
    `  Stopping ${other} too. ${hint}`,
    '  Run `npm start` again once the cause is fixed.',
    '',
  ].join('\n')
}
