import { describe, expect, it } from 'vitest';
import { buildDigestParts, type DigestMessagePart, digestAsText } from '../../src/blocks/digest-message.ts';
import { checkBlockLimits } from '../../src/blocks/limits.ts';
import { buildDigestReport, DIGEST_LIST_CAP } from '../../src/digest/build-digest-report.ts';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const slot = new Date('2026-11-22T08:30:00+08:00');
const from = new Date('2026-11-21T08:30:00+08:00');

function withNarrative(record: Case, narrative: string): Case {
  return { ...record, complaint: { ...record.complaint, narrative } };
}
function report(filed: Case[], now = slot) {
  return buildDigestReport({ slot, from, to: slot, now, filed, notClosed: filed, policy });
}
const messages = (parts: ReturnType<typeof buildDigestParts>) =>
  parts.filter((part): part is DigestMessagePart => part.kind === 'message');

describe('the digest messages', () => {
  it(`when the digest is long (${DIGEST_LIST_CAP} cases and as many open), then it runs over several messages, each within Block Kit's limits, every case once`, () => {
    const long = 'The customer says the clasp of the bracelet broke on the second day and wants a new one. '.repeat(3);
    const cases = Array.from({ length: DIGEST_LIST_CAP }, (_, n) =>
      withNarrative(makeCase({ id: `C-${String(n).padStart(3, '0')}`, minute: n, store: `Store ${n % 7}` }), long),
    );
    const parts = buildDigestParts(report(cases), { language: 'en', policy, chart: true });

    expect(parts.map((part) => part.kind).slice(0, 2)).toEqual(['message', 'chart']);
    const all = messages(parts);
    expect(all.length).toBeGreaterThan(3);
    for (const part of all) {
      expect(checkBlockLimits(part.blocks, 'message')).toEqual([]);
      expect(part.blocks.length).toBeLessThanOrEqual(50);
      expect(part.text.length).toBeGreaterThan(0);
    }
    // Every message after the first says it continues the digest.
    for (const part of all.slice(1))
      expect(JSON.stringify(part.blocks[0])).toContain('Morning digest 2026-11-22 · continued');
    const listed = [...JSON.stringify(all).matchAll(/• (C-\d{3}) Store/g)].map((match) => match[1]);
    expect(listed).toEqual(cases.map((record) => record.id));
  });

  it('when customer text holds a broadcast, a link or a phone number, then the channel sees it escaped and masked', () => {
    const record = withNarrative(
      makeCase({ id: 'C-1' }),
      '<!channel> 看这里 <http://evil.example|点我> 电话 13812345678',
    );
    const text = JSON.stringify(buildDigestParts(report([record]), { language: 'zh', policy, chart: false }));
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<http://evil');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
  });

  it('when a store name holds a broadcast, a link or a phone number, then the counts and the chart comment show it escaped and masked', () => {
    const store = '<!channel> 黄兴店 <http://evil.example|x> 13812345678 @here';
    const record = makeCase({ id: 'C-1', store });
    const parts = buildDigestParts(report([record]), {
      language: 'en',
      policy,
      chart: true,
      chartStoreLabels: new Map([[store, 'S1']]),
    });
    const chart = parts.find((part) => part.kind === 'chart');
    const counts = JSON.stringify(parts[0]);
    for (const text of [chart?.comment ?? '', counts]) {
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<http://evil');
      expect(text).not.toMatch(/@here/);
      expect(text).toContain('138****5678');
      expect(text).not.toContain('13812345678');
    }
    expect(chart?.comment).toMatch(/ \[S1\] · /);
  });

  it('when some review posts could not be linked, then the digest is split at the same places as with every link', () => {
    const long = 'The customer says the clasp of the bracelet broke on the second day and wants a new one. '.repeat(3);
    const cases = Array.from({ length: DIGEST_LIST_CAP }, (_, n) => ({
      ...withNarrative(makeCase({ id: `C-${String(n).padStart(3, '0')}`, minute: n, store: `Store ${n % 7}` }), long),
      reviewPost: { channel: 'C0REVIEW', ts: `${1000 + n}.000100` },
    }));
    const linked = (post: { channel: string; ts: string }) =>
      `https://example.slack.com/archives/${post.channel}/p${post.ts.replace('.', '')}`;
    const idsPerMessage = (linkOf?: (post: { channel: string; ts: string }) => string | undefined) =>
      messages(
        buildDigestParts(report(cases), { language: 'en', policy, chart: true, ...(linkOf ? { linkOf } : {}) }),
      ).map((part) => [...JSON.stringify(part.blocks).matchAll(/(C-\d{3})[|>]? Store/g)].map((match) => match[1]));
    const all = idsPerMessage(linked);
    expect(all.length).toBeGreaterThan(3);
    expect(idsPerMessage()).toEqual(all);
    expect(idsPerMessage((post) => (Number.parseInt(post.ts, 10) % 3 === 0 ? undefined : linked(post)))).toEqual(all);
  });

  it('when the channel is Chinese, then the digest is in Chinese, and a review post is linked when its permalink is known', () => {
    const record = { ...makeCase({ id: 'C-1' }), reviewPost: { channel: 'C0REVIEW', ts: '1.000100' } };
    const parts = buildDigestParts(report([record]), {
      language: 'zh',
      policy,
      chart: false,
      linkOf: (post) => `https://example.slack.com/archives/${post.channel}/p${post.ts.replace('.', '')}`,
    });
    const text = JSON.stringify(parts);
    for (const heading of [
      '晨会简报 2026-11-22',
      '新投诉: 1 宗',
      '按门店',
      '按品类',
      '按性格类型',
      '按原因',
      '逐案回顾',
      '仍在处理',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('<https://example.slack.com/archives/C0REVIEW/p1000100|C-1>');
    expect(parts.some((part) => part.kind === 'chart')).toBe(false);
  });

  it('when repairs are due or ready for pickup, then their section gives the promised, told and abandonment dates', () => {
    const base = report([]);
    const parts = buildDigestParts(
      {
        ...base,
        repairs: [
          {
            id: 'C-FIX',
            store: '黄兴店',
            owner: 'U_A',
            status: 'open',
            since: base.slot,
            dueDay: '2026-11-23',
            overdue: false,
            post: null,
          },
          {
            id: 'C-PICKUP',
            store: '黄兴店',
            owner: 'U_A',
            status: 'resolved',
            since: base.slot,
            pickup: { toldOn: '2026-10-15', abandonedAfter: '2026-11-15', abandoned: true },
            post: null,
          },
        ],
      },
      { language: 'en', policy, chart: false },
    );
    const text = digestAsText(parts);
    expect(text).toContain('Repairs due and ready for pickup');
    expect(text).toContain('C-FIX · 黄兴店 · owner U_A · repair due 2026-11-23');
    expect(text).toContain(
      'C-PICKUP · 黄兴店 · owner U_A · ready for pickup · customer told 2026-10-15 · abandoned after 2026-11-15 passed',
    );
  });

  it('when the digest is built late, then its header says when it was due', () => {
    const parts = buildDigestParts(report([makeCase({ id: 'C-1' })], new Date(slot.getTime() + 3 * 3_600_000)), {
      language: 'en',
      policy,
      chart: false,
    });
    expect(messages(parts)[0]?.text).toBe('Morning digest 2026-11-22 (late: due 08:30)');
  });

  it('when it is a quiet day, then the digest is one line, and the terminal prints the same', () => {
    const parts = buildDigestParts(report([]), { language: 'en', policy, chart: true });
    expect(parts).toHaveLength(1);
    expect(messages(parts)[0]?.blocks).toHaveLength(1);
    expect(digestAsText(parts)).toBe(
      'Morning digest 2026-11-22: no complaints since 2026-11-21 08:30 and nothing waiting.',
    );
  });
});
