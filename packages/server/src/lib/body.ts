import type { BodyStream, RequestBody, SesameRequest } from '../request'
import { Refusal } from './refusal'

/** Largest JSON body the routes read, in bytes. */
export const BODY_LIMIT = 16 * 1024

// After a 413 the rest of an oversize upload is not worth reading.
const CLOSE = Object.freeze({ connection: 'close' })

function isJsonType(header: string | undefined): boolean {
  if (header === undefined) return false
  if (header === 'application/json') return true
  const [type = '', ...params] = header.toLowerCase().split(';')
  const media = type.trim()
  if (media !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(media)) return false
  const charset = params.map((param) => param.trim()).find((param) => param.startsWith('charset='))
  return charset === undefined || /^charset="?utf-8"?$/.test(charset)
}

function asObject(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal('invalid_field', { field: '', errors: [{ field: '', reason: 'not_object' }] })
  }
  return value as Record<string, unknown>
}

function discard(body: RequestBody): void {
  if (body.kind === 'stream') body.stream.discard()
}

async function collect(stream: BodyStream, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    let chunk: Uint8Array | null
    try {
      chunk = await stream.read()
    } catch {
      throw new Refusal('malformed_json')
    }
    if (chunk === null) break
    size += chunk.byteLength
    if (size > limit) {
      stream.discard()
      throw new Refusal('payload_too_large', { limit }, CLOSE)
    }
    chunks.push(chunk)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

// TextDecoder drops a leading UTF-8 BOM and replaces invalid bytes, as body-parser does; a
// whole-buffer decode keeps no state between calls, so one decoder serves every request.
const decoder = new TextDecoder('utf-8')
const decode = (bytes: Uint8Array): string => decoder.decode(bytes)

async function text(body: RequestBody, limit: number): Promise<string> {
  switch (body.kind) {
    case 'none':
      return ''
    case 'text':
      if (body.text.length > limit) throw new Refusal('payload_too_large', { limit }, CLOSE)
      return body.text.charCodeAt(0) === 0xfeff ? body.text.slice(1) : body.text
    case 'bytes':
      if (body.bytes.byteLength > limit) throw new Refusal('payload_too_large', { limit }, CLOSE)
      return decode(body.bytes)
    case 'stream':
      return decode(await collect(body.stream, limit))
    case 'parsed':
      return ''
  }
}

/**
 * Reads the request's JSON object body (at most `limit` bytes): `unsupported_media_type` for
 * another content type or charset, `payload_too_large` when too large (declared or streamed),
 * `malformed_json`, or `invalid_field` when the JSON is not an object. Throws a {@link Refusal}.
 */
export async function readJsonBody(
  request: Pick<SesameRequest, 'headers' | 'body'>,
  limit = BODY_LIMIT,
): Promise<Readonly<Record<string, unknown>>> {
  const { body, headers } = request
  if (!isJsonType(headers['content-type'])) {
    discard(body)
    throw new Refusal('unsupported_media_type')
  }
  const declared = Number(headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    discard(body)
    throw new Refusal('payload_too_large', { limit }, CLOSE)
  }
  if (body.kind === 'parsed') return asObject(body.value)
  let value: unknown
  try {
    value = JSON.parse(await text(body, limit))
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal('malformed_json')
  }
  return asObject(value)
}
