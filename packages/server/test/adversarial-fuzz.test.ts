// The shared fuzz suite over handler.fetch behind a bare node:http server (toNodeHandler).
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { createHandler } from '../src/index'
import { toNodeHandler } from '../src/node/index'
import { suiteFixture } from '../src/testing/index'
import { fuzzRoutes } from './adversarial/fuzz'
import { serve } from './adversarial/http'

fuzzRoutes('fetch handler', async () => {
  const tokens = createResetTokens({
    keys: [{ kid: 'fz', secret: 'fuzz-suite-secret-of-at-least-32-bytes-long' }],
    ttl: '30m',
    issuer: 'https://portal.example',
    audience: 'password-reset',
  })
  const fixture = suiteFixture({ tokens, rateLimit: false, policy: presets.classic })
  const account = fixture.add('known@example.fr')
  const handler = createHandler(fixture.options)
  const served = await serve((req, res) => {
    toNodeHandler(handler, { basePath: '/auth' })(req, res)
  })
  return {
    served,
    events: fixture.events,
    issueToken: async () =>
      (await tokens.issue({ subject: account.id, state: `v${account.version}` })).token,
    async close() {
      await handler.shutdown()
      await served.close()
    },
  }
})
