import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPERAMENTS } from '../../src/domain/analysis.ts';
import { runCli } from '../helpers/run-cli.ts';

const TRIAGE = 'src/cli/triage.ts';

interface JsonRemedy {
  id: string;
  kind: string;
  eligible: boolean;
  needsApproval: boolean;
  rule: { id: string };
  fee: { type: string } | null;
}

describe('npm run triage', () => {
  it('when given a complaint, then it prints the temperament, flags, apology and policy verdicts in the customer language', async () => {
    const run = await runCli(TRIAGE, [
      '--category',
      'jewellery',
      '--purchased',
      '2026-11-20T10:00',
      '--at',
      '2026-11-21T10:00',
      '--receipt',
      '--words',
      '别废话,马上给我换!不换我就发抖音曝光你们!',
      '顾客昨天买的水钻项链掉了两颗钻',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('力量型');
    expect(run.stdout).toContain('抖音');
    expect(run.stdout).toMatch(/✓ .*R1/);
    expect(run.stdout).toContain('问题: 掉钻');
    expect(run.stdout).not.toMatch(/补偿 · 免费/);
  });

  it('when --json is given, then one object carries the documented fields', async () => {
    const run = await runCli(TRIAGE, [
      '--json',
      '--lang',
      'en',
      '--category',
      'watch',
      '--purchased',
      '2026-06-01T10:00:00+08:00',
      '--at',
      '2026-11-21T10:00:00+08:00',
      '--receipt',
      '--words',
      'Can you explain why the battery lasted only five months? The spec sheet says two years.',
      'Customer says the watch stopped; battery is flat.',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(TEMPERAMENTS).toContain(result.temperament.type);
    expect(result.temperament.type).toBe('analytical');
    expect(result.temperament.confidence).toBeGreaterThan(0);
    expect(result.temperament.evidence.length).toBeGreaterThan(0);
    expect(Array.isArray(result.flags)).toBe(true);
    expect(result.apology.language).toBe('en');
    expect(result.apology.text).not.toMatch(/\p{Script=Han}/u);
    const battery = (result.remedies as JsonRemedy[]).find((remedy) => remedy.kind === 'battery');
    expect(battery).toMatchObject({
      eligible: true,
      needsApproval: false,
      rule: { id: 'R3' },
      fee: { type: 'per-unit' },
    });
    for (const remedy of result.remedies as JsonRemedy[]) {
      expect(remedy).toEqual(expect.objectContaining({ kind: expect.any(String), eligible: expect.any(Boolean) }));
    }
  });

  it.each([
    ['2026-11-20T10:01', true],
    ['2026-11-20T09:59', false],
  ])(
    'when bought at %s and triaged 48 h after 10:00 the next-but-one day, then exchange eligible is %s',
    async (purchased, eligible) => {
      const run = await runCli(TRIAGE, [
        '--json',
        '--category',
        'jewellery',
        '--receipt',
        '--purchased',
        purchased,
        '--at',
        '2026-11-22T10:00',
        '耳环不喜欢了想换',
      ]);
      const exchange = (JSON.parse(run.stdout).remedies as JsonRemedy[]).find((remedy) => remedy.id === 'exchange');
      expect(exchange?.eligible).toBe(eligible);
      expect(exchange?.rule.id).toBe('R1');
    },
  );

  it('when the text comes on stdin, then it is triaged', async () => {
    const run = await runCli(
      TRIAGE,
      ['--json'],
      'Customer kept repeating that the silver ring went black. She wants a refund.',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).language).toBe('en');
  });

  it('when the complaint comes from --file, then its fields are used and flags override them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'triage-'));
    const file = join(dir, 'complaint.yml');
    await writeFile(
      file,
      'narrative: 手表进水了不走了\ncategory: watch\nproblem: water-damage\nsuspectedCause: use\nhasReceipt: true\npurchasedAt: "2026-11-01T10:00:00+08:00"\n',
    );
    const run = await runCli(TRIAGE, ['--json', '--file', file, '--at', '2026-11-10T10:00']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.problem).toBe('water-damage');
    const repair = (result.remedies as JsonRemedy[]).find((remedy) => remedy.kind === 'repair');
    expect(repair?.eligible).toBe(false);
    expect(repair?.rule.id).toBe('R3');
  });

  it.each([
    ['is not there', async (_path: string) => {}, (path: string) => `triage: cannot read ${path} (no such file)`],
    [
      'is not YAML',
      (path: string) => writeFile(path, 'narrative: [\n  - broken'),
      (path: string) =>
        `triage: ${path}: not YAML: Block collections are not allowed within flow collections at line 2, column 3`,
    ],
  ])(
    "when the --file %s, then one line says so, without the parser's picture of the lines, exit 2",
    async (_what, make, line) => {
      const file = join(await mkdtemp(join(tmpdir(), 'triage-file-')), 'complaint.yml');
      await make(file);
      const run = await runCli(TRIAGE, ['--file', file]);
      expect(run).toMatchObject({ code: 2, stdout: '', stderr: `${line(file)}\n` });
    },
  );

  it.each([
    ['empty text', ['   '], /empty/],
    ['over-long text', ['x'.repeat(3001)], /3001 characters/],
    ['unknown category', ['--category', 'cars', 'broken'], /cars/],
    ['unparseable date', ['--purchased', 'last tuesday', 'broken'], /--purchased/],
    ['purchase in the future', ['--purchased', '2026-12-01', '--at', '2026-11-21', 'broken'], /after/],
    ['negative price', ['--price=-5', 'broken'], /negative/],
    ['unknown language', ['--lang', 'fr', 'broken'], /--lang/],
    ['unknown option', ['--colour', 'red', 'broken'], /colour/],
    ['missing policy file', ['--policy', '/nonexistent/policy.yml', 'broken'], /policy/],
  ])('when given %s, then it prints one line and exits 2', async (_name, args, message) => {
    const run = await runCli(TRIAGE, args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  // A file's bytes piped or passed by mistake: each is refused in one line, never analysed as a complaint.
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const PDF = Buffer.concat([
    Buffer.from('%PDF-1.4\n%'),
    Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
    Buffer.from('\n1 0 obj'),
  ]);
  const ZIP_IN_UTF8 = Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000项链断了');
  const GBK = Buffer.from([0xcf, 0xee, 0xc1, 0xb4, 0xb6, 0xcf, 0xc1, 0xcb]); // 项链断了 saved as GBK
  it.each([
    ['a PNG on standard input', [], PNG, 'standard input is not UTF-8 text'],
    ['a PDF on standard input', [], PDF, 'standard input is not UTF-8 text'],
    ['text saved as GBK on standard input', [], GBK, 'standard input is not UTF-8 text'],
    ['an archive whose bytes happen to be UTF-8, on standard input', [], ZIP_IN_UTF8, 'it holds NUL bytes'],
    ['control characters as the argument', ['\u0001\u0002\u0003PK\u0004\u0005'], undefined, 'mostly control'],
  ])('when given %s, then it is refused in one line, exit 2, not analysed', async (_name, args, stdin, message) => {
    const run = await runCli(TRIAGE, args, stdin);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(run.stderr).toMatch(/^triage: .*give the complaint's words as text/);
  });

  it('when a complaint file is an image, then it is refused as not text, not read as YAML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-triage-binary-'));
    try {
      const file = join(dir, 'photo.yml');
      await writeFile(file, PNG);
      const run = await runCli(TRIAGE, ['--file', file]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `triage: ${file} is not UTF-8 text (a PDF, an image or an archive?): give the complaint's words as text; text saved as GBK or Big5 needs saving as UTF-8 first`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('when the complaint text holds one stray replacement character from a paste, then it is still analysed', async () => {
    const run = await runCli(TRIAGE, [], '项链断了,顾客要求退款 \uFFFD');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('断裂');
  });

  it('when the purchase is after the complaint, then both times are shown on the store clock as typed, never a UTC instant (issue 12)', async () => {
    const run = await runCli(TRIAGE, ['--purchased', '2027-01-01', '--at', '2026-12-31T18:30', 'broken watch']);
    expect(run.stderr.trim().split('\n')).toEqual([
      'triage: the purchase time 2027-01-01 00:00 (Asia/Shanghai) is after the time of the complaint, 2026-12-31 18:30 (Asia/Shanghai): check the purchase date, or give --at for when the complaint was made',
    ]);
    expect(run.stderr).not.toMatch(/Z\b|T\d\d:/);
    expect(run.code).toBe(2);
  });

  it('when the purchase was typed with another offset, then it is shown on the store clock too', async () => {
    const run = await runCli(TRIAGE, ['--purchased', '2026-12-01T09:00Z', '--at', '2026-12-01T12:00+08:00', 'broken']);
    expect(run.stderr).toMatch(
      /^triage: the purchase time 2026-12-01 17:00 \(Asia\/Shanghai\) is after the time of the complaint, 2026-12-01 12:00 \(Asia\/Shanghai\)/,
    );
    expect(run.code).toBe(2);
  });

  it('when the policy file is broken, then the one line names the field and the line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-'));
    const file = join(dir, 'policy.yml');
    await writeFile(file, 'version: 1\nname:\n  zh: 店\n  en: Shop\ncategories: nope\n');
    const run = await runCli(TRIAGE, ['--policy', file, 'broken']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/categories/);
    expect(run.stderr).toMatch(/:5\b/);
  });

  it('when the complaint is about a photo studio the policy does not cover, then it says outside the policy and allows nothing', async () => {
    const args = ['--at', '2026-11-21T10:00', '影楼拍的婚纱照修得太假了,她要求全额退款。'];
    const zh = await runCli(TRIAGE, args);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('✗ 不在本店政策范围内——由店长决定');
    expect(zh.stdout).not.toMatch(/^ {2}✓ /m);
    const en = await runCli(TRIAGE, ['--lang', 'en', ...args]);
    expect(en.stdout).toContain("✗ Outside this store's policy — manager to decide");
    expect(en.stdout).toContain('What the policy covers: Xinhancheng shopping policy covers goods sold by this store');
    expect(en.stdout).not.toMatch(/^ {2}✓ /m);
  });

  it('when nobody has said what went wrong, then the problem is unknown and remedies for particular problems depend on it', async () => {
    const args = [
      '--category',
      'jewellery',
      '--receipt',
      '--purchased',
      '2026-11-20T10:00',
      '--at',
      '2026-11-21T10:00',
    ];
    const en = await runCli(TRIAGE, [...args, '--lang', 'en', 'The customer is unhappy with her necklace.']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('? The problem is not known yet: find out what went wrong first');
    expect(en.stdout).toMatch(/^ {2}\? Re-setting a lost stone · depends on the problem/m);
    expect(en.stdout).toMatch(/^ {2}✓ Exchange/m);
    const resolution = en.stdout.split('■ Suggested resolution')[1]?.split('■')[0] ?? '';
    expect(resolution).not.toContain('Re-setting');
    const zh = await runCli(TRIAGE, [...args, '--lang', 'zh', '顾客对买的项链不满意。']);
    expect(zh.stdout).toContain('? 问题尚不清楚');
    expect(zh.stdout).toMatch(/^ {2}\? 补钻 · 视问题而定/m);
  });
});
