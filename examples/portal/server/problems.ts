import type { Response } from 'express'

/** Answers an RFC 9457 problem, the same shape as @sesame/express's errors. */
export function problem(
  res: Response,
  status: number,
  code: string,
  title: string,
  extra: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', status, code, title, ...extra }))
}
