import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseCustomer, eraseExpiredCases } from '../../src/complaints/erase-customer-data.ts';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import type { Case } from '../../src/domain/case.ts';
import { type CustomerRef, customerRefOf } from '../../src/domain/customer-ref.ts';
import { ERASED_TEXT } from '../../src/domain/erasure.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { CUSTOMER_REF, CUSTOMER_SUBJECT, customerCase, ERASURE_KEY } from './customer-case-fixtures.ts';
import type { StoreTarget } from './store-contract.ts';
import { sqliteTarget, urlTarget } from './store-targets.ts';

// Issue 15, retention and erasure, on each engine through the stores the bot opens: the retention sweep
// erases only cases closed long enough, once; a customer's request erases their cases, open or closed, and
// their fingerprint finds them no more; both are audited in the store with case ids only.

const CLOSED_91 = '2026-11-25T03:00:00.000Z';
const CLOSED_89 = '2026-11-27T03:00:00.000Z';
const NOW = new Date(Date.parse(CLOSED_91) + 91 * 86_400_000);
const OTHER_REF = customerRefOf('139 0000 1111', ERASURE_KEY) as CustomerRef;
const OTHER_WORDS = '别废话,马上给我换!打我电话 13900001111';

function describeErasure(engine: string, setup: () => Promise<StoreTarget>): void {
  describe(`erasure on the ${engine} store`, () => {
    let target: StoreTarget;
    let stores: Stores;
    const run = `erase${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    let tests = 0;
    const sent: PostJob[] = [];
    const lines: Record<string, unknown>[] = [];
    const deps = (now = NOW) => ({
      stores,
      clock: () => now,
      send: async (jobs: readonly PostJob[]) => {
        sent.push(...jobs);
      },
      log: (fields: Record<string, unknown>) => {
        lines.push(fields);
      },
    });
    const file = async (record: Case) => {
      await stores.cases.create(record);
      return stores.cases.update(record.id, (current) => ({
        ...current,
        reviewPost: { channel: 'C0REVIEW', ts: `${record.id}.1` },
      }));
    };

    beforeAll(async () => {
      target = await setup();
    });
    afterAll(async () => {
      await stores?.close();
      await target?.dispose?.();
    });
    const fresh = async () => {
      await stores?.close();
      tests += 1;
      stores = await target.open(`${run}-${tests}`);
      sent.length = 0;
      lines.length = 0;
    };

    it('when the retention sweep runs with 90 days, then only the case closed 91 days ago is erased, audited, and its post queued for an edit; a second run does nothing', async () => {
      await fresh();
      await file(customerCase('R-OLD', { closedAt: CLOSED_91 }));
      await file(customerCase('R-RECENT', { closedAt: CLOSED_89, minute: 1 }));
      await file(customerCase('R-OPEN', { minute: 2 }));

      expect(await eraseExpiredCases(deps(), { days: 90 })).toBe(1);
      const old = await stores.cases.get('R-OLD');
      expect(old?.complaint.customerWords).toBeUndefined();
      expect(old?.history.at(-1)).toMatchObject({ type: 'erased', reason: 'retention' });
      expect((await stores.cases.get('R-RECENT'))?.complaint.customer).toEqual(CUSTOMER_REF);
      expect((await stores.cases.get('R-OPEN'))?.complaint.customer).toEqual(CUSTOMER_REF);
      expect(sent.map((job) => job.id)).toEqual([`review-update:R-OLD:${(old?.history.length ?? 0) - 1}`]);
      expect((await stores.cases.listByCustomer(CUSTOMER_REF.fingerprint, 10)).map((found) => found.id).sort()).toEqual(
        ['R-OPEN', 'R-RECENT'],
      );
      const audits = await stores.audit.erasures(10);
      expect(audits).toEqual([
        expect.objectContaining({
          reason: 'retention',
          retentionDays: 90,
          by: 'retention',
          caseIds: ['R-OLD'],
          at: NOW.toISOString(),
        }),
      ]);
      expect(JSON.stringify(audits)).not.toContain(CUSTOMER_REF.fingerprint);
      expect(lines).toEqual([expect.objectContaining({ audit: 'erasure', reason: 'retention', caseIds: ['R-OLD'] })]);

      expect(await eraseExpiredCases(deps(), { days: 90 })).toBe(0);
      expect(sent).toHaveLength(1);
      expect(await stores.audit.erasures(10)).toHaveLength(1);
    });

    it("when a customer asks, then every case of theirs, open or closed, is erased and audited, and another customer's is not", async () => {
      await fresh();
      await file(customerCase('Q-CLOSED', { closedAt: CLOSED_89 }));
      await file(customerCase('Q-OPEN', { minute: 1 }));
      await file(customerCase('Q-OTHER', { ref: OTHER_REF, minute: 2, words: OTHER_WORDS }));
      // The morning digest the day after quoted the closed case's line and its outcome.
      const slot = '2026-11-22T00:30:00.000Z';
      const filed = await Promise.all(['Q-CLOSED', 'Q-OTHER'].map(async (id) => (await stores.cases.get(id)) as Case));
      const report = buildDigestReport({
        slot: new Date(slot),
        from: new Date('2026-11-21T00:30:00.000Z'),
        to: new Date(slot),
        now: new Date(slot),
        filed,
        notClosed: [],
        policy: await loadPolicy(DEFAULT_POLICY_PATH),
      });
      await stores.digests.claim(report);
      expect(JSON.stringify((await stores.digests.get(slot))?.report)).toContain('wang.li@example.com');

      const erased = await eraseCustomer(deps(), CUSTOMER_SUBJECT, 'npm run erase');
      expect(erased.map((found) => found.id).sort()).toEqual(['Q-CLOSED', 'Q-OPEN']);
      const open = await stores.cases.get('Q-OPEN');
      expect(open?.status).toBe('open');
      expect(open?.complaint.customer).toBeUndefined();
      expect((await stores.cases.get('Q-OTHER'))?.complaint.customer).toEqual(OTHER_REF);
      expect(await stores.cases.listByCustomer(CUSTOMER_REF.fingerprint, 10)).toEqual([]);
      expect(await stores.audit.erasures(10)).toEqual([
        expect.objectContaining({
          reason: 'request',
          by: 'npm run erase',
          caseIds: expect.arrayContaining(['Q-CLOSED', 'Q-OPEN']),
        }),
      ]);
      expect(sent).toHaveLength(2);
      const digest = (await stores.digests.get(slot))?.report;
      expect(JSON.stringify(digest)).not.toContain('wang.li@example.com');
      expect(digest?.cases.find((item) => item.id === 'Q-CLOSED')).toMatchObject({
        summary: ERASED_TEXT,
        satisfaction: 4,
      });
      expect(digest?.cases.find((item) => item.id === 'Q-OTHER')?.summary).toContain('水钻项链掉了');

      // Asked again: nothing left to erase, and the request is still on the audit.
      const later = new Date(NOW.getTime() + 60_000);
      expect(await eraseCustomer(deps(later), CUSTOMER_SUBJECT, 'npm run erase')).toEqual([]);
      expect((await stores.audit.erasures(10)).map((audit) => audit.caseIds.length)).toEqual([0, 2]);
    });

    it('when a customer asks, then a case filed without their number in the customer field but with it in their words is erased too, however the number is written, and a longer number that holds those digits is not', async () => {
      await fresh();
      await file(customerCase('T-GROUPS', { ref: null, words: '电话 +86 138-0013-8000,尽快回我' }));
      await file(customerCase('T-NUMERALS', { ref: null, words: '我的手机是一三八零零一三八零零零', minute: 1 }));
      await file(customerCase('T-LONGER', { ref: null, words: '订单号 913800138000 的项链', minute: 2 }));
      await file(customerCase('T-NONE', { ref: null, words: '打我电话 13900001111', minute: 3 }));

      const erased = await eraseCustomer(deps(), CUSTOMER_SUBJECT, 'npm run erase');
      expect(erased.map((found) => found.id).sort()).toEqual(['T-GROUPS', 'T-NUMERALS']);
      expect((await stores.cases.get('T-GROUPS'))?.complaint.customerWords).toBeUndefined();
      expect((await stores.cases.get('T-LONGER'))?.complaint.customerWords).toContain('913800138000');
      expect((await stores.cases.get('T-NONE'))?.complaint.customerWords).toContain('13900001111');
    });
  });
}

describeErasure('SQLite', sqliteTarget);
for (const [engine, variable] of [
  ['Redis', 'TEST_REDIS_URL'],
  ['PostgreSQL', 'TEST_POSTGRES_URL'],
] as const) {
  const url = process.env[variable]?.trim();
  if (url) describeErasure(engine, async () => urlTarget(url, true));
  else if (process.env.CI === 'true') {
    describe(`erasure on the ${engine} store`, () => {
      it(`when CI=true, then ${variable} is set`, () =>
        expect.fail(`${variable} is not set: CI must run the ${engine} store tests`));
    });
  } else
    describe.skip(`erasure on the ${engine} store (set ${variable}, e.g. eval "$(.ci/services.sh)")`, () => {
      it('is skipped', () => undefined);
    });
}
