// The Redis probe of the server's tests: skip with a notice locally, fail under CI=true.
export { REDIS_URL, redisReachable } from '../../server/test/redis'
