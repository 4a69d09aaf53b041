import { AsyncLocalStorage } from 'node:async_hooks';
import type { WebClient } from '@slack/web-api';

/** The last Web API call a job made: the one that failed, when the job failed on Slack's answer. */
export interface SlackCall {
  /** e.g. `chat.postMessage`. */
  method: string;
  /** The channel (or user, for a DM or a Home tab) the call was about, when it named one. */
  channel?: string;
}

/** What one job's try records; each try has its own, so concurrent tries never see each other's calls. */
export interface CallRecord {
  last?: SlackCall;
}

const current = new AsyncLocalStorage<CallRecord>();

/** The namespaces of the client whose methods are recorded (every method the outbox and the digest call). */
const NAMESPACES: ReadonlySet<string> = new Set(['chat', 'conversations', 'files', 'views', 'users', 'usergroups']);

function targetOf(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  for (const field of ['channel', 'channel_id', 'users', 'user_id', 'user']) {
    const value = (args as Record<string, unknown>)[field];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/**
 * The same client, noting each Web API call (method and channel) in the record of the job being tried, so a
 * failure can say which call Slack refused and where — the error itself names neither. Outside a try
 * (see {@link recordCalls}) it calls straight through.
 */
export function trackSlackCalls(client: WebClient): WebClient {
  const namespaces = new Map<string, unknown>();
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !NAMESPACES.has(property) || typeof value !== 'object' || value === null) {
        return value;
      }
      let wrapped = namespaces.get(property);
      if (!wrapped) {
        wrapped = trackNamespace(value, property);
        namespaces.set(property, wrapped);
      }
      return wrapped;
    },
  });
}

function trackNamespace(namespace: object, path: string): unknown {
  return new Proxy(namespace, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string') return value;
      if (typeof value === 'function') {
        return (args?: unknown) => {
          const record = current.getStore();
          if (record) {
            const channel = targetOf(args);
            record.last = { method: `${path}.${property}`, ...(channel ? { channel } : {}) };
          }
          return (value as (args?: unknown) => unknown).call(target, args);
        };
      }
      // Nested namespaces (chat.scheduledMessages.list, files.comments…).
      return typeof value === 'object' && value !== null ? trackNamespace(value, `${path}.${property}`) : value;
    },
  });
}

/** Runs one try of a job with `record` collecting its calls to Slack. */
export function recordCalls<T>(record: CallRecord, run: () => Promise<T>): Promise<T> {
  return current.run(record, run);
}
