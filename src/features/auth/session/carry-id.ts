/** 128 random bits as hex: a redirect's carry id, a popup's state, a session instance's name in claims. */
export function createCarryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
