/**
 * Whether a confirmation is the same password as `password`: both compared on their NFC forms,
 * so "Café" typed with a combining accent matches the precomposed one. The one comparison of
 * Sesame: the `match` rule, the server flows and the React forms all call it. False when either
 * is not a string.
 */
export function confirmationMatches(password: string, confirmation: string): boolean {
  if (typeof password !== 'string' || typeof confirmation !== 'string') return false
  return password.normalize('NFC') === confirmation.normalize('NFC')
}
