import { describe, expect, it } from 'vitest';
import { buildCasesCsv } from '../../src/archive/export-csv.ts';
import type { Flag } from '../../src/domain/analysis.ts';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { parseCsv, readCsvTable } from '../helpers/parse-csv.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

/**
 * Sharp tests for the guards of export-csv.ts (issue 17): every column's value for a case that has each
 * of them, the last of repeated events, the order of rows, and the file's framing.
 */
const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const BY = 'U_OWNER';

function flag(kind: Flag['kind'], group: Flag['group']): Flag {
  return { kind, group, evidence: [{ quote: 'x', source: 'customerWords' }], advice: [{ zh: '建议', en: 'advice' }] };
}

/** A case with something in every column: resolved twice, followed up, and a repair collected. */
function fullCase(): Case {
  const base = makeCase({ id: 'C-FULL', owner: BY, store: '黄兴店' });
  return {
    ...base,
    status: 'resolved',
    complaint: {
      ...base.complaint,
      product: 'silver bangle',
      price: 129,
      customerAsk: 'a new one',
      customer: { fingerprint: 'a'.repeat(64), last4: '8000' },
      files: [
        {
          id: 'F1',
          name: 'bangle.jpg',
          mimetype: 'image/jpeg',
          permalink: 'https://example.slack.com/files/U1/F1/b.jpg',
        },
      ],
    },
    analysis: { ...base.analysis, flags: [flag('stubborn', 'difficult'), flag('media', 'crisis')] },
    proposal: { remedyId: 'stone-resetting', amount: 50, needsApproval: false, approved: false },
    history: [
      ...base.history,
      { type: 'resolved', at: minutesIn(10), by: BY, outcome: 'first outcome', satisfaction: 2 },
      { type: 'followed-up', at: minutesIn(20), by: BY, result: 'called back', satisfaction: 3 },
      { type: 'reopened', at: minutesIn(22), by: BY, reason: 'stone fell out again' },
      { type: 'customer-declined', at: minutesIn(24), by: BY, outcome: 'a voucher', satisfaction: 1 },
      { type: 'handed-over', at: minutesIn(26), by: 'U_MANAGER', from: 'U_FIRST', to: BY, note: '换人再谈' },
      {
        type: 'escalated',
        at: minutesIn(27),
        by: BY,
        level: 2,
        levelName: { zh: '区域经理', en: 'regional manager' },
        target: 'resolution',
        overdueMinutes: 120,
        notified: ['U_REGION1', 'U_REGION2'],
      },
      {
        type: 'resolved',
        at: minutesIn(30),
        by: BY,
        outcome: 'stone reset',
        satisfaction: 4,
        improvement: 'check settings',
      },
      {
        type: 'repair-promised',
        at: minutesIn(40),
        by: BY,
        remedyId: 'stone-resetting',
        promisedFor: '2026-11-28',
      },
      { type: 'repair-ready', at: minutesIn(50), by: BY, customerToldOn: '2026-11-27' },
      { type: 'repair-collected', at: minutesIn(60), by: BY },
    ],
  };
}

/** The first row of an export as heading → cell. */
function firstRow(cases: readonly Case[], language: 'zh' | 'en', links?: ReadonlyMap<string, string>) {
  const [heading = [], row = []] = parseCsv(
    buildCasesCsv(cases, { policy, language, ...(links ? { links } : {}) }).replace(/^\uFEFF/, ''),
  );
  return Object.fromEntries(heading.map((name, index) => [name, row[index]]));
}

describe('the CSV export, column by column', () => {
  it('when a case has something in every column, then each shows it, the last resolution and follow-up counting', () => {
    const links = new Map([['C-FULL', 'https://example.slack.com/archives/C1/p1']]);
    expect(firstRow([fullCase()], 'en', links)).toEqual({
      case: 'C-FULL',
      filed: '2026-11-21 10:00',
      store: '黄兴店',
      owner: 'U_OWNER',
      status: 'resolved',
      category: 'Jewellery (stone-set accessories)',
      problem: 'Lost stone',
      product: 'silver bangle',
      price: '129',
      'what happened': '顾客昨天买的水钻项链掉了两颗钻,拍着柜台要求换新的 :(',
      "customer's words": '别废话,马上给我换!',
      'customer asks': 'a new one',
      // The last four only: the fingerprint never leaves the store.
      'customer ending': '8000',
      temperament: 'forceful',
      flags: 'stubborn; media (reported, or threatened)',
      remedy: 'Re-setting a lost stone',
      amount: '50',
      outcome: 'stone reset',
      satisfaction: '4',
      improvement: 'check settings',
      // Seven days after the last resolution, in the policy's time zone.
      'follow-up due': '2026-11-28',
      'follow-up result': 'called back',
      'follow-up satisfaction': '3',
      repair: 'Re-setting a lost stone',
      'repair promised for': '2026-11-28',
      'customer told ready': '2026-11-27',
      'abandoned after': '2026-12-27',
      collected: '2026-11-21 11:00',
      'not accepted by the customer': 'a voucher',
      reopened: '1',
      handoffs: '2026-11-21 10:26 U_FIRST → U_OWNER (U_MANAGER): 换人再谈',
      escalations: '2026-11-21 10:27 2. regional manager (resolution overdue by 2 h): U_REGION1, U_REGION2',
      files: 'https://example.slack.com/files/U1/F1/b.jpg',
      'review post': 'https://example.slack.com/archives/C1/p1',
    });
  });

  it('when the reader is Chinese, then the headings and every named value are in Chinese', () => {
    const [heading] = parseCsv(buildCasesCsv([], { policy, language: 'zh' }).replace(/^\uFEFF/, ''));
    expect(heading).toEqual([
      '案例编号',
      '登记时间',
      '门店',
      '负责人',
      '状态',
      '品类',
      '问题',
      '商品',
      '价格',
      '经过',
      '顾客原话',
      '顾客要求',
      '顾客尾号',
      '性格类型',
      '提示',
      '方案',
      '金额',
      '处理结果',
      '满意度',
      '改进',
      '回访日期',
      '回访结果',
      '回访满意度',
      '维修',
      '维修承诺日期',
      '通知取件日期',
      '视为放弃日期',
      '取件时间',
      '顾客未接受的处理',
      '重开次数',
      '转交记录',
      '升级记录',
      '照片和票据',
      '复盘帖',
    ]);
    const row = firstRow([fullCase()], 'zh');
    expect([row['品类'], row['问题'], row['性格类型'], row['提示'], row['方案'], row['维修']]).toEqual([
      '饰品(镶钻首饰)',
      '掉钻',
      '力量型',
      '固执者; 媒体（已报道或扬言曝光）',
      '补钻',
      '补钻',
    ]);
    expect(row['复盘帖']).toBe('');
  });

  it('when a case has only been filed, then what it does not have yet is empty, not "undefined"', () => {
    const base = makeCase({ id: 'C-NEW' });
    const row = firstRow(
      [{ ...base, analysis: { ...base.analysis, category: 'no-such-category', problem: 'no-such-problem' } }],
      'en',
    );
    const empty = Object.entries(row)
      .filter(([, value]) => value === '')
      .map(([name]) => name);
    expect(empty).toEqual([
      'category',
      'problem',
      'product',
      'price',
      'customer asks',
      'customer ending',
      'flags',
      'remedy',
      'amount',
      'outcome',
      'satisfaction',
      'improvement',
      'follow-up due',
      'follow-up result',
      'follow-up satisfaction',
      'repair',
      'repair promised for',
      'customer told ready',
      'abandoned after',
      'collected',
      'not accepted by the customer',
      'handoffs',
      'escalations',
      'files',
      'review post',
    ]);
    expect(row.status).toBe('open');
  });

  it('when the remedy is not among the case’s own, then its id is shown; a repair promised but not collected has no pickup time', () => {
    const base = makeCase({ id: 'C-ODD' });
    const row = firstRow(
      [
        {
          ...base,
          proposal: { remedyId: 'retired-remedy', needsApproval: false, approved: false },
          history: [
            ...base.history,
            {
              type: 'repair-promised',
              at: minutesIn(5),
              by: BY,
              remedyId: 'stone-resetting',
              promisedFor: '2026-11-30',
            },
          ],
        },
      ],
      'en',
    );
    expect([row.remedy, row.amount, row.repair, row['repair promised for'], row.collected]).toEqual([
      'retired-remedy',
      '',
      'Re-setting a lost stone',
      '2026-11-30',
      '',
    ]);
    // Open, not resolved: no follow-up is due.
    expect(row['follow-up due']).toBe('');
  });
});

describe('the CSV export as a file', () => {
  it('when cases come newest first, then the rows are oldest first', () => {
    const cases = [
      makeCase({ id: 'C-B', minute: 20 }),
      makeCase({ id: 'C-C', minute: 30 }),
      makeCase({ id: 'C-A', minute: 10 }),
    ];
    const { rows } = readCsvTable(buildCasesCsv(cases, { policy, language: 'en' }));
    expect(rows.map((row) => row('case'))).toEqual(['C-A', 'C-B', 'C-C']);
    // The order given is left alone.
    expect(cases.map((record) => record.id)).toEqual(['C-B', 'C-C', 'C-A']);
  });

  it('when the file is written, then it starts with a byte-order mark and every row ends in CRLF', () => {
    const csv = buildCasesCsv([makeCase({ id: 'C-1' })], { policy, language: 'en' });
    expect(csv.startsWith('\uFEFFcase,filed,store,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('when a sign follows several blanks, or a tab or CR stands later in the cell, then only the first is defused', () => {
    const base = makeCase({ id: 'C-F' });
    const row = (words: string) =>
      firstRow([{ ...base, complaint: { ...base.complaint, customerWords: words } }], 'en')["customer's words"];
    expect(row('  \t-1+1')).toBe("'  \t-1+1");
    expect(row('a\tb\rc')).toBe('a\tb\rc');
    expect(row('2-1')).toBe('2-1');
  });
});
