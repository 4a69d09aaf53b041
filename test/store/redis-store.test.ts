import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/open-engine.ts';
import { describeServerContract } from './store-targets.ts';

describeServerContract('Redis', 'TEST_REDIS_URL');

const url = process.env.TEST_REDIS_URL?.trim();

// The store's keyv reads and writes go through the engine's own adapter over raw commands (redis-keyv-adapter.ts).
describe.skipIf(!url)('keyv on the Redis engine', () => {
  it('when records are written, read, counted and deleted in bulk, then each call sees what the last left', async () => {
    const engine = await openEngine(url ?? '');
    const prefix = `adapter-${randomBytes(3).toString('hex')}`;
    try {
      await engine.keyv.setMany([
        { key: `${prefix}:a`, value: { n: 1 } },
        { key: `${prefix}:b`, value: { n: 2, text: ':( 顾客' } },
      ]);
      expect(await engine.keyv.getMany([`${prefix}:b`, `${prefix}:none`, `${prefix}:a`])).toEqual([
        { n: 2, text: ':( 顾客' },
        undefined,
        { n: 1 },
      ]);
      expect(await engine.keyv.has(`${prefix}:a`)).toBe(true);
      expect(await engine.keyv.delete(`${prefix}:a`)).toBe(true);
      expect(await engine.keyv.delete(`${prefix}:a`)).toBe(false);
      expect(await engine.keyv.deleteMany([`${prefix}:a`, `${prefix}:b`])).toBe(true);
      expect(await engine.keyv.get(`${prefix}:b`)).toBeUndefined();
      expect(await engine.keyv.getMany([])).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  it('when a record is written with a time to live, then Redis expires it itself', async () => {
    const engine = await openEngine(url ?? '');
    const key = `adapter-${randomBytes(3).toString('hex')}:lapsing`;
    try {
      await engine.keyv.set(key, { answer: 'cached' }, 60_000);
      expect(await engine.keyv.get(key)).toEqual({ answer: 'cached' });
      const keys = [];
      for await (const batch of engine.keysWithPrefix(key, 10)) keys.push(...batch);
      expect(keys).toEqual([key]);
      // What PTTL reports is Redis's own countdown: set, so the record will go without anyone deleting it.
      const raw = execFileSync('redis-cli', ['-u', url ?? '', 'PTTL', key], { encoding: 'utf8' });
      expect(Number(raw.trim())).toBeGreaterThan(0);
      expect(Number(raw.trim())).toBeLessThanOrEqual(60_000);
    } finally {
      await engine.keyv.delete(key);
      await engine.close();
    }
  });

  it('when asked to clear the whole database, then it refuses (a shared Redis holds other apps’ keys)', async () => {
    const engine = await openEngine(url ?? '');
    try {
      await expect(engine.keyv.clear()).rejects.toThrow(/clearing a whole Redis database/);
    } finally {
      await engine.close();
    }
  });
});
