import { canTransition, type FlowEvent, type FlowState, transition } from '@sesame/core/flow'

// A late answer (after the link was rejected, say) leaves the flow where it is instead of throwing.
export function advance(flow: FlowState, event: FlowEvent): FlowState {
  return canTransition(flow, event) ? transition(flow, event) : flow
}
