/** Uppercase hex SHA-1 of the UTF-8 bytes of `text`, by Web Crypto (browsers and Node ≥ 20). */
export async function sha1Hex(subtle: SubtleCrypto, text: string): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-1', new TextEncoder().encode(text)))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex.toUpperCase()
}
