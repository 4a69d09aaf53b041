import type { Case } from './case.ts';

/** The history's events that say where a case stands with the customer (issue 15). */
export type CustomerAnswerEvent = Extract<Case['history'][number], { type: 'customer-declined' | 'reopened' }>;

/**
 * Why a case is back in hand although something was done: the customer did not accept what was offered
 * (`customer-declined`), or came back after it was resolved (`reopened`) — the latest of them, as long as
 * nothing has resolved the case since. Undefined for a case that is simply open, resolved or closed.
 */
export function customerAnswerOf(record: Pick<Case, 'history' | 'status'>): CustomerAnswerEvent | undefined {
  if (record.status === 'resolved' || record.status === 'followed-up' || record.status === 'closed') return undefined;
  for (let index = record.history.length - 1; index >= 0; index -= 1) {
    const event = record.history[index];
    if (event?.type === 'resolved') return undefined;
    if (event?.type === 'customer-declined' || event?.type === 'reopened') return event;
  }
  return undefined;
}
