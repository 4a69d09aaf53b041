import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseCustomer } from '../../src/complaints/erase-customer-data.ts';
import type { Case } from '../../src/domain/case.ts';
import { CaseOutlineSchema } from '../../src/domain/case-outline.ts';
import { createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import type { KvEngine } from '../../src/store/kv-engine.ts';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { appending, noteEvent } from './case-fixtures.ts';
import { CUSTOMER_REF, CUSTOMER_SUBJECT, CUSTOMER_WORDS, customerCase } from './customer-case-fixtures.ts';

// Redis reads a record's JSON whole, so it keeps a trimmed copy of each case beside it, written in the same
// script as the case: the walks over many cases (the digest, the aftercare sweep, a search with dates)
// read the copies, and a case without one (stored before copies were kept) whole.

const url = process.env.TEST_REDIS_URL?.trim();
const FROM = new Date('2026-11-20T00:00:00.000Z');
const TO = new Date('2026-11-23T00:00:00.000Z');

describe.skipIf(!url)('trimmed copies of cases on Redis', () => {
  let engine: KvEngine;
  let stores: Stores;
  const namespace = `trim${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const copyKey = (id: string) => `${namespace}:trimmed:case:${id}`;
  const copyOf = (id: string) => engine.keyv.get(copyKey(id));
  const walked = async () => {
    const open: unknown[] = [];
    for await (const outline of stores.cases.eachOpen()) open.push(outline);
    const filed: unknown[] = [];
    for await (const outline of stores.cases.eachCreatedBetween(FROM, TO)) filed.push(outline);
    const closed: unknown[] = [];
    for await (const outline of stores.cases.eachClosedBetween(FROM, TO)) closed.push(outline);
    return { open, filed, closed };
  };
  const outlineOf = async (id: string) => CaseOutlineSchema.parse(await stores.cases.get(id));

  beforeAll(async () => {
    engine = await openEngine(url ?? '');
    stores = await openStores(url ?? '', { namespace });
  });
  afterAll(async () => {
    await stores?.close();
    await engine?.close();
  });

  it('when cases are filed and changed, then each has a copy without the wording, and the walks hand over the copies', async () => {
    await stores.cases.create(customerCase('T-OPEN'));
    await stores.cases.create(customerCase('T-CLOSED', { closedAt: '2026-11-22T03:00:00.000Z', minute: 1 }));
    const changed = await stores.cases.update('T-OPEN', (current) => appending(noteEvent(current, 'U_LEAD'))(current));

    const copy = (await copyOf('T-OPEN')) as Case;
    expect(copy.version).toBe(changed.version);
    expect(copy.history).toEqual(changed.history);
    expect(copy.analysis).not.toHaveProperty('suggestion');
    expect(copy.analysis.temperament).not.toHaveProperty('evidence');
    for (const remedy of copy.remedies) expect(Object.keys(remedy).sort()).toEqual(['id', 'kind']);
    // Some 11 KB whole; the copy is what an outline reads, a fraction of it.
    const whole = JSON.stringify(await engine.keyv.get(`${namespace}:case:T-OPEN`));
    expect(JSON.stringify(copy).length).toBeLessThan(whole.length / 3);
    expect(CaseOutlineSchema.parse(copy)).toEqual(await outlineOf('T-OPEN'));

    expect(await walked()).toEqual({
      open: [await outlineOf('T-OPEN')],
      filed: [await outlineOf('T-OPEN'), await outlineOf('T-CLOSED')],
      closed: [await outlineOf('T-CLOSED')],
    });

    // The walks read the copy, not the case: a copy marked by hand is what they hand over.
    await engine.keyv.set(copyKey('T-OPEN'), { ...copy, store: '抄本店' });
    expect((await walked()).open).toEqual([{ ...(await outlineOf('T-OPEN')), store: '抄本店' }]);
    // A case without a copy (stored before copies were kept) is read whole.
    await engine.keyv.delete(copyKey('T-OPEN'));
    expect((await walked()).open).toEqual([await outlineOf('T-OPEN')]);
  });

  it("when a customer's data is erased, then no copy keeps any of it", async () => {
    await stores.cases.create(customerCase('T-ERASE', { minute: 2 }));
    expect(JSON.stringify(await copyOf('T-ERASE'))).toContain(CUSTOMER_WORDS);

    await eraseCustomer(
      { stores, clock: () => new Date('2026-11-25T00:00:00.000Z'), send: async () => undefined, log: () => undefined },
      CUSTOMER_SUBJECT,
      'test',
    );
    const copy = JSON.stringify(await copyOf('T-ERASE'));
    for (const text of [CUSTOMER_WORDS, CUSTOMER_REF.fingerprint, 'wang.li@example.com', '拍着柜台大声说话'])
      expect(copy).not.toContain(text);
    expect(CaseOutlineSchema.parse(await copyOf('T-ERASE'))).toEqual(await outlineOf('T-ERASE'));
  });

  it('when a record with a copy is deleted or replaced without a trim, then its copy goes with it', async () => {
    const kv = createAtomicKv(engine, namespace);
    const trim = { remove: [['wording']] };
    expect(await kv.putIfAbsent('note:a', { version: 0, wording: '长长的', kept: 1 } as never, trim)).toBe(true);
    expect(await engine.keyv.get(`${namespace}:trimmed:note:a`)).toEqual({ version: 0, kept: 1 });
    expect(await kv.getMany(['note:a'], trim)).toEqual([{ version: 0, kept: 1 }]);
    // Refused as existing: the copy stays the existing record's.
    expect(await kv.putIfAbsent('note:a', { version: 0, kept: 2 } as never, trim)).toBe(false);
    expect(await kv.getMany(['note:a'], trim)).toEqual([{ version: 0, kept: 1 }]);

    expect(await kv.compareAndSwap('note:a', 0, { version: 1, wording: '新的', kept: 3 } as never)).toBe(true);
    expect(await engine.keyv.get(`${namespace}:trimmed:note:a`)).toBeUndefined();
    expect(await kv.getMany(['note:a'], trim)).toEqual([{ version: 1, wording: '新的', kept: 3 }]);

    expect(await kv.compareAndSwap('note:a', 1, { version: 2, wording: '又新', kept: 4 } as never, trim)).toBe(true);
    expect(await kv.getMany(['note:a'], trim)).toEqual([{ version: 2, kept: 4 }]);
    await kv.delete('note:a');
    expect(await engine.keyv.get(`${namespace}:trimmed:note:a`)).toBeUndefined();
    expect(await kv.getMany(['note:a'], trim)).toEqual([undefined]);
  });
});
