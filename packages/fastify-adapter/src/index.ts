/**
 * `@sesame/fastify`: the Fastify 5 plugin of `@sesame/server` —
 * `app.register(sesame, { prefix: '/auth', handler: createHandler({ … }) })`.
 *
 * @packageDocumentation
 */
import {
  BODY_LIMIT,
  type ProblemCode,
  problemResponse,
  type SesameHandler,
  type SesameResponse,
} from '@sesame/server'
import { fromNodeRequest, nodeRequestCatalogue, pathOf } from '@sesame/server/node'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/** The plugin's options (beside Fastify's own `prefix`). */
export interface SesameFastifyOptions {
  /** The flows to serve: `createHandler({ policy, tokens, users, … })` from `@sesame/server`. */
  readonly handler: SesameHandler
  /** Drain and shut the handler down when Fastify closes. Default `true`. */
  readonly closeHandler?: boolean
}

/** The Fastify objects a request carries to the adapter (`SesameRequest.native`). */
export interface FastifyNative {
  readonly request: FastifyRequest
  readonly reply: FastifyReply
}

// Fastify's own refusals (raised before the route) and the problem each one is.
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
}

function send(reply: FastifyReply, response: SesameResponse): FastifyReply {
  reply.code(response.status)
  for (const [name, value] of Object.entries(response.headers)) {
    reply.header(name, typeof value === 'string' ? value : [...value])
  }
  return reply.send(response.body ?? undefined)
}

async function plugin(fastify: FastifyInstance, options: SesameFastifyOptions): Promise<void> {
  const { handler } = options
  const prefix = fastify.prefix
  // In this plugin's context only: every body arrives as bytes, bounded at the server's limit; the
  // server checks its type, charset and JSON itself.
  fastify.removeAllContentTypeParsers()
  fastify.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_request, body, done) => done(null, body),
  )
  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    const full = pathOf(request.url)
    const path = full.startsWith(prefix) ? full.slice(prefix.length) || '/' : full
    const bytes = request.body instanceof Uint8Array ? request.body : undefined
    const neutral = fromNodeRequest(request.raw, {
      path,
      clientAddress: request.ip,
      body: bytes ? { kind: 'bytes', bytes } : { kind: 'none' },
      native: { request, reply } satisfies FastifyNative,
    })
    return send(reply, await handler.handle(neutral))
  }
  fastify.all('/', answer)
  fastify.all('/*', answer)
  fastify.setNotFoundHandler((request, reply) =>
    send(reply, problemResponse('not_found', nodeRequestCatalogue(request))),
  )
  fastify.setErrorHandler((error, request, reply) => {
    const code = FASTIFY_CODES[(error as { code?: string }).code ?? ''] ?? 'internal_error'
    const headers: Record<string, string> =
      code === 'payload_too_large' ? { connection: 'close' } : {}
    return send(reply, problemResponse(code, nodeRequestCatalogue(request), {}, headers))
  })
  if (options.closeHandler ?? true) fastify.addHook('onClose', () => handler.shutdown())
}

/**
 * The password routes as an encapsulated Fastify 5 plugin: its content-type parser, not-found and
 * error handlers stay inside its prefix, so that every answer there is an RFC 9457 problem and the
 * rest of the app is untouched. The client address is `request.ip` (set Fastify's `trustProxy`).
 */
export const sesame = fp(plugin, { fastify: '5.x', name: '@sesame/fastify', encapsulate: true })
