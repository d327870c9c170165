// The shared fuzz suite (server/test/adversarial/fuzz.ts) over the Express binding.
import { fuzzRoutes } from '../../server/test/adversarial/fuzz'
import { serve } from '../../server/test/adversarial/http'
import { instance, resetTokens } from './adversarial/app'

fuzzRoutes('Express', async () => {
  const tokens = resetTokens()
  const target = instance({ rateLimit: false, tokens })
  const account = target.db.add('known@example.fr')
  const served = await serve(target.app)
  return {
    served,
    events: target.events,
    issueToken: async () =>
      (await tokens.issue({ subject: account.id, state: `v${account.version}` })).token,
    async close() {
      await target.router.drain()
      await served.close()
    },
  }
})
