import type { IncomingMessage } from 'node:http'
import type { ProblemCode } from '../problem'

/** Largest JSON body the routes read, in bytes. */
export const BODY_LIMIT = 16 * 1024

/** A body that could not be read, with the problem to answer. */
export interface BodyFailure {
  readonly ok: false
  readonly code: ProblemCode
  readonly extensions?: Readonly<Record<string, unknown>>
}

/** A parsed JSON object body. */
export interface BodySuccess {
  readonly ok: true
  readonly body: Readonly<Record<string, unknown>>
}

const parsed = new WeakMap<IncomingMessage, BodySuccess | BodyFailure>()

function isJsonType(header: string | undefined): boolean {
  if (header === undefined) return false
  const [type = '', ...params] = header.toLowerCase().split(';')
  const media = type.trim()
  if (media !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(media)) return false
  const charset = params.map((param) => param.trim()).find((param) => param.startsWith('charset='))
  return charset === undefined || /^charset="?utf-8"?$/.test(charset)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fromValue(value: unknown): BodySuccess | BodyFailure {
  if (!isPlainObject(value)) {
    return {
      ok: false,
      code: 'invalid_field',
      extensions: { errors: [{ field: '', reason: 'not_object' }] },
    }
  }
  return { ok: true, body: value }
}

function readStream(req: IncomingMessage, limit: number): Promise<BodySuccess | BodyFailure> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: BodySuccess | BodyFailure): void => {
      if (done) return
      done = true
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      resolve(result)
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        // Keep draining so the client can read the 413 instead of a reset connection.
        req.resume()
        finish({ ok: false, code: 'payload_too_large', extensions: { limit } })
      } else chunks.push(chunk)
    }
    const onEnd = (): void => {
      let value: unknown
      try {
        value = JSON.parse(Buffer.concat(chunks, size).toString('utf8'))
      } catch {
        finish({ ok: false, code: 'malformed_json' })
        return
      }
      finish(fromValue(value))
    }
    const onError = (): void => finish({ ok: false, code: 'malformed_json' })
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}

/**
 * Reads the request's JSON object body at most once (limit {@link BODY_LIMIT}): 415 for another
 * content type, 413 when too large, 400 when malformed. A body already parsed by `express.json()`
 * upstream is reused.
 */
export async function readJsonBody(
  req: IncomingMessage & { body?: unknown },
  limit = BODY_LIMIT,
): Promise<BodySuccess | BodyFailure> {
  const cached = parsed.get(req)
  if (cached) return cached
  let result: BodySuccess | BodyFailure
  const declared = Number(req.headers['content-length'])
  if (!isJsonType(req.headers['content-type'])) {
    req.resume()
    result = { ok: false, code: 'unsupported_media_type' }
  } else if (Number.isFinite(declared) && declared > limit) {
    req.resume()
    result = { ok: false, code: 'payload_too_large', extensions: { limit } }
  } else if (req.readableEnded || (req as { _body?: unknown })._body === true) {
    result = fromValue(req.body)
  } else {
    result = await readStream(req, limit)
  }
  if (result.ok) req.body = result.body
  parsed.set(req, result)
  return result
}

/** Why a field was refused. */
export type FieldReason = 'missing' | 'not_string' | 'too_long'

/** Reads a string field bounded to `max` UTF-16 units; a failure names the field. */
export function stringField(
  body: Readonly<Record<string, unknown>>,
  field: string,
  max: number,
): { ok: true; value: string } | { ok: false; reason: FieldReason } {
  const value = body[field]
  if (value === undefined || value === null || value === '') return { ok: false, reason: 'missing' }
  if (typeof value !== 'string') return { ok: false, reason: 'not_string' }
  if (value.length > max) return { ok: false, reason: 'too_long' }
  return { ok: true, value }
}
