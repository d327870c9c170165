function expandIpv6(address: string): string[] | null {
  const [head = '', tail, extra] = address.split('::')
  if (extra !== undefined) return null
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 0) return null
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right]
}

/**
 * The client address a rate limit counts by: IPv4-mapped addresses unwrapped, IPv6 grouped by /64
 * (one subscriber's block); null when the binding knows no address.
 */
export function clientKey(address: string | undefined): string | null {
  if (address === undefined || address === '') return null
  let value = address
  if (value.startsWith('::ffff:') && value.includes('.')) value = value.slice(7)
  if (!value.includes(':')) return value
  const groups = expandIpv6(value.split('%')[0]!.toLowerCase())
  if (!groups) return value
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
