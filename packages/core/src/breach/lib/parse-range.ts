/** Breach counts of one range response, keyed by the uppercase 35-character hash suffix. */
export type RangeCounts = ReadonlyMap<string, number>

const LINE = /^([0-9A-Fa-f]{35}):(\d{1,12})$/

/**
 * Parses a Pwned Passwords range body (`SUFFIX:COUNT` lines, CRLF or LF). Padding entries
 * (count 0) are dropped. Returns `undefined` when any non-empty line is malformed, or when the
 * body holds no line at all (a real answer, padded or not, never does).
 */
export function parseRange(body: string): RangeCounts | undefined {
  const counts = new Map<string, number>()
  let lines = 0
  for (const raw of body.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line === '') continue
    const match = LINE.exec(line)
    if (match === null) return undefined
    lines += 1
    const count = Number(match[2])
    if (count > 0) counts.set(match[1]!.toUpperCase(), count)
  }
  return lines === 0 ? undefined : counts
}
