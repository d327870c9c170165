import type { IncomingMessage } from 'node:http'

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
 * The client address a rate limit counts by: `req.ip` (so Express's `trust proxy` setting
 * applies), IPv4-mapped addresses unwrapped, IPv6 grouped by /64 (one subscriber's block).
 */
export function clientKey(req: IncomingMessage & { ip?: string | undefined }): string {
  let address = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  if (address.startsWith('::ffff:') && address.includes('.')) address = address.slice(7)
  if (!address.includes(':')) return address
  const groups = expandIpv6(address.split('%')[0]!.toLowerCase())
  if (!groups) return address
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
