import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_CACHE_PREFIX, AnswerCache } from '../../../src/analysis/llm/answer-cache.ts';
import type { KvEngine } from '../../../src/store/kv-engine.ts';
import { openEngine } from '../../../src/store/open-engine.ts';
import { goodAnswer } from './llm-test-kit.ts';

let dir: string;
let engine: KvEngine;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'answer-cache-'));
  engine = await openEngine(`sqlite://${join(dir, 'store.sqlite')}`);
});
afterEach(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of engine.keysWithPrefix(ANSWER_CACHE_PREFIX, 100)) keys.push(...batch);
  return keys;
}

describe('the LLM answer cache on SQLite', () => {
  it('when a cached answer has lapsed, then a sweep deletes its row although nobody reads it again', async () => {
    const now = Date.now();
    const cache = new AnswerCache(engine, { ttlMs: 60_000 });
    await cache.set(`${ANSWER_CACHE_PREFIX}old`, goodAnswer(), now - 120_000);
    await cache.set(`${ANSWER_CACHE_PREFIX}fresh`, goodAnswer(), now);
    expect(await storedKeys()).toHaveLength(2);

    await cache.sweepExpired(now);
    expect(await storedKeys()).toEqual([`${ANSWER_CACHE_PREFIX}fresh`]);
    expect(await cache.get(`${ANSWER_CACHE_PREFIX}fresh`, now)).toEqual(goodAnswer());
  });

  it('when answers are written, then lapsed ones are swept in the background without being asked', async () => {
    const now = Date.now();
    const old = new AnswerCache(engine, { ttlMs: 1000 });
    await old.set(`${ANSWER_CACHE_PREFIX}old`, goodAnswer(), now - 60_000);
    const cache = new AnswerCache(engine);
    await cache.set(`${ANSWER_CACHE_PREFIX}new`, goodAnswer(), now);
    await expect.poll(storedKeys).toEqual([`${ANSWER_CACHE_PREFIX}new`]);
  });
});
