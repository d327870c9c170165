// The shared fuzz suite over handler.fetch behind a bare node:http server (toNodeHandler).
import { presets } from '@sesame/core'
import { createHandler } from '../src/index'
import { toNodeHandler } from '../src/node/index'
import { suiteFixture } from '../src/testing/index'
import { fuzzRoutes } from './adversarial/fuzz'
import { serve } from './adversarial/http'
import { testTokens } from './helpers'

fuzzRoutes('fetch handler', async () => {
  const tokens = testTokens()
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
