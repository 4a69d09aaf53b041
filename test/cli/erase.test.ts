import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case.ts';
import { customerRefOf } from '../../src/domain/customer-ref.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { runCli } from '../helpers/run-cli.ts';
import { CUSTOMER_REF, customerCase, ERASURE_KEY } from '../store/customer-case-fixtures.ts';

// Issue 15: `npm run erase -- --customer PHONE` erases one customer's data on request (PIPL/GDPR), `--dry-run`
// shows what it would, `--audit` lists every erasure. Run as its own process, as npm runs it, on SQLite.

const ERASE = 'src/cli/erase.ts';

let dir: string;
let storeUrl: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-erase-cli-'));
  storeUrl = `sqlite://${join(dir, 'cases.sqlite')}`;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  STORE_URL: storeUrl,
  CUSTOMER_KEY: ERASURE_KEY,
  SLACK_BOT_TOKEN: '',
  ...extra,
});

async function withStores<T>(use: (stores: Awaited<ReturnType<typeof openStores>>) => Promise<T>): Promise<T> {
  const stores = await openStores(storeUrl, { log: () => undefined });
  try {
    return await use(stores);
  } finally {
    await stores.close();
  }
}

/**
 * The customer's closed and open case (both posted), one filed without their number in the customer field but with
 * it in their words, and another customer's.
 */
async function storeWithCustomer(): Promise<void> {
  const other = customerRefOf('139 0000 1111', ERASURE_KEY);
  if (!other) throw new Error('the other number is not a phone');
  await withStores(async (stores) => {
    const posted = async (record: Case) => {
      await stores.cases.create(record);
      await stores.cases.update(record.id, (current) => ({
        ...current,
        reviewPost: { channel: 'C0REVIEW', ts: `${record.id}.1` },
      }));
    };
    await posted(customerCase('E-CLOSED', { closedAt: '2026-11-25T03:00:00.000Z' }));
    await posted(customerCase('E-OPEN', { minute: 1 }));
    await posted(customerCase('E-OTHER', { ref: other, minute: 2, words: '打我电话 139 0000 1111' }));
    await posted(customerCase('E-WORDS', { ref: null, minute: 3, words: '有事打我电话 138 0013 8000' }));
  });
}

describe('npm run erase', () => {
  it('when --dry-run names the customer, then their cases are listed (no words, no number) and nothing changes', async () => {
    await storeWithCustomer();
    const run = await runCli(ERASE, ['--customer', '+86 138-0013-8000', '--dry-run'], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'dry run: the customer ending 8000 has 3 cases; 3 would be erased; nothing was changed',
    );
    expect(run.stdout).toMatch(/E-WORDS · open · .* · the number is in its texts/);
    expect(run.stdout).toMatch(/E-OPEN · open/);
    expect(run.stdout).toMatch(/E-CLOSED · closed/);
    expect(run.stdout).not.toContain('E-OTHER');
    expect(run.stdout).not.toMatch(/138.?0013/);
    await withStores(async (stores) => {
      expect((await stores.cases.get('E-OPEN'))?.complaint.customer).toEqual(CUSTOMER_REF);
      expect(await stores.audit.erasures(10)).toEqual([]);
    });
  });

  it('when the phone is given spelled in Chinese numerals, then it is the same customer (the channel masks it as one)', async () => {
    await storeWithCustomer();
    const run = await runCli(ERASE, ['--customer', '幺三八 〇〇一三 八〇〇〇', '--dry-run'], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dry run: the customer ending 8000 has 3 cases; 3 would be erased');
  });

  it("when the customer asks, then their data is erased in every case of theirs, audited, the review posts' edits queued, and --audit lists it", async () => {
    await storeWithCustomer();
    const run = await runCli(ERASE, ['--customer', '13800138000'], undefined, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("the customer ending 8000: the customer's data was erased in 3 cases:");
    // The structured audit line, on standard error as a log line is: case ids and why, never the data.
    const line = JSON.parse(run.stderr.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ audit: 'erasure', reason: 'request', by: 'npm run erase' });
    expect(new Set(line.caseIds as string[])).toEqual(new Set(['E-CLOSED', 'E-OPEN', 'E-WORDS']));
    expect(run.stderr).not.toContain(CUSTOMER_REF.fingerprint);

    await withStores(async (stores) => {
      for (const id of ['E-CLOSED', 'E-OPEN', 'E-WORDS']) {
        const erased = await stores.cases.get(id);
        expect(erased?.complaint.customer, id).toBeUndefined();
        expect(erased?.complaint.customerWords, id).toBeUndefined();
        expect(erased?.history.at(-1), id).toMatchObject({ type: 'erased', reason: 'request' });
      }
      expect((await stores.cases.get('E-OPEN'))?.status).toBe('open');
      expect((await stores.cases.get('E-OTHER'))?.complaint.customer).toBeDefined();
      expect((await stores.cases.get('E-OTHER'))?.complaint.customerWords).toContain('139 0000 1111');
      const queued = (await stores.outbox.due(new Date(8.64e15), 10)).map((job) => job.id).sort();
      expect(queued).toEqual([
        expect.stringMatching(/^review-update:E-CLOSED:\d+$/),
        expect.stringMatching(/^review-update:E-OPEN:\d+$/),
        expect.stringMatching(/^review-update:E-WORDS:\d+$/),
      ]);
    });

    const audit = await runCli(ERASE, ['--audit'], undefined, env({ CUSTOMER_KEY: '' }));
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain('erase: 1 erasure, the most recent first');
    expect(audit.stdout).toMatch(
      /the customer's request · by npm run erase · 3 cases: E-(CLOSED|OPEN|WORDS), E-(CLOSED|OPEN|WORDS), E-(CLOSED|OPEN|WORDS)/,
    );

    const again = await runCli(ERASE, ['--customer', '138 0013 8000'], undefined, env());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('no case to erase');
  });

  it.each([
    [[], 'erase: say whose data to erase with --customer, or list the erasures with --audit'],
    [['--bogus'], 'erase: unknown option --bogus (usage: npm run erase'],
    [['--customer'], 'erase: --customer needs a value (usage: npm run erase'],
    [['--customer', '13800138000', 'stray'], 'erase: unexpected argument "stray"'],
    [
      ['--audit', '--customer', '13800138000'],
      'erase: --audit lists the erasures and takes no --customer or --dry-run',
    ],
    [['--customer', '!!'], 'erase: --customer is neither a phone number nor a member number'],
  ] as const)('when it gets %j, then it prints one line and exits 2', async (args, line) => {
    const run = await runCli(ERASE, args, undefined, env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(line), '']);
  });

  it('when CUSTOMER_KEY is missing or too short, then it says so in one line and exits 2', async () => {
    const missing = await runCli(ERASE, ['--customer', '13800138000'], undefined, env({ CUSTOMER_KEY: '' }));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^erase: CUSTOMER_KEY is not set: [^\n]+\n$/);
    const short = await runCli(ERASE, ['--customer', '13800138000'], undefined, env({ CUSTOMER_KEY: 'short' }));
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/^erase: CUSTOMER_KEY must be at least 32 characters[^\n]*\n$/);
  });
});
