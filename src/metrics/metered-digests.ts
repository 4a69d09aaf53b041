import type { DigestStore } from '../store/digest-store.ts';
import type { Metrics } from './metrics.ts';

/**
 * The digest store, counting each digest that claims its slot: exactly one per slot across instances (the
 * claim is what decides which instance posts it), so the count is the number of digests that went out.
 */
export function meterDigestRuns(digests: DigestStore, metrics: Pick<Metrics, 'digestRun'>): DigestStore {
  return new Proxy(digests, {
    get(target, property, receiver) {
      if (property === 'claim') {
        return async (...args: Parameters<DigestStore['claim']>) => {
          const claimed = await target.claim(...args);
          if (claimed.created) metrics.digestRun();
          return claimed;
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
