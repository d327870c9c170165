import { ROUTES, type RouteName } from '@sesame/core/wire'
import { changePasswordFlow } from './flows/change-password'
import type { FlowFactory } from './flows/context'
import { forgotPasswordFlow } from './flows/forgot-password'
import { policyFlow } from './flows/policy'
import { resetPasswordFlow } from './flows/reset-password'
import { signInFlow } from './flows/sign-in'
import { verifyResetTokenFlow } from './flows/verify-reset-token'
import type { ResetStep } from './hooks'

/** One entry of the route table: a wire route, the flow that answers it, its audit step. */
export interface RouteEntry extends RouteInfo {
  readonly step: ResetStep
  readonly flow: FlowFactory
}

/** Every route the handler answers: a new flow is one file in flows/ and one entry here. */
export const ROUTE_TABLE: readonly RouteEntry[] = [
  { name: 'policy', ...ROUTES.policy, step: 'policy', flow: policyFlow },
  {
    name: 'forgotPassword',
    ...ROUTES.forgotPassword,
    step: 'forgot-password',
    flow: forgotPasswordFlow,
  },
  {
    name: 'verifyResetToken',
    ...ROUTES.verifyResetToken,
    step: 'verify',
    flow: verifyResetTokenFlow,
  },
  {
    name: 'resetPassword',
    ...ROUTES.resetPassword,
    step: 'reset-password',
    flow: resetPasswordFlow,
  },
  { name: 'signIn', ...ROUTES.signIn, step: 'sign-in', flow: signInFlow },
  {
    name: 'changePassword',
    ...ROUTES.changePassword,
    step: 'change-password',
    flow: changePasswordFlow,
  },
]

/** A route as a binding sees it: its name in the wire contract, method and path. */
export interface RouteInfo {
  /** The route's name in `@sesame/core/wire`'s `ROUTES`. */
  readonly name: RouteName
  /** Its HTTP method. */
  readonly method: string
  /** Its path under the mount point. */
  readonly path: string
}

/** What a method and path lead to. */
export type RouteMatch<Route extends RouteInfo = RouteInfo> =
  | { readonly kind: 'route'; readonly route: Route }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'method_not_allowed'; readonly allow: readonly string[] }

/** The path as the table spells it: one trailing slash tolerated, as Express does. */
export function routePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** Finds the route for a method and a path relative to the mount point (HEAD answers as GET). */
export function matchRoute(
  table: readonly RouteEntry[],
  method: string,
  path: string,
): RouteMatch<RouteEntry> {
  const normalized = routePath(path)
  const candidates = table.filter((route) => route.path === normalized)
  if (candidates.length === 0) return { kind: 'not_found' }
  const wanted = method === 'HEAD' ? 'GET' : method
  const route = candidates.find((candidate) => candidate.method === wanted)
  if (route) return { kind: 'route', route }
  const allow = candidates.flatMap((candidate) =>
    candidate.method === 'GET' ? ['GET', 'HEAD'] : [candidate.method],
  )
  return { kind: 'method_not_allowed', allow }
}
